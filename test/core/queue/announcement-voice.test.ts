import { expect } from '@open-wc/testing';
import { pickVoice, type VoiceInfo } from '../../../src/core/queue/announcement-voice.js';

const v = (name: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({ name, lang, ...extra });

describe('announcement voice', () => {
  it('pickVoice(voices, "vi") returns undefined when no voice speaks Vietnamese', () => {
    expect(pickVoice([v('Google US English', 'en-US'), v('Daniel', 'en-GB')], 'vi')).to.equal(undefined);
    expect(pickVoice([], 'vi-VN')).to.equal(undefined);
  });

  it('pickVoice(voices, "vi") prefers vi-VN, then an on-device voice, then the default', () => {
    const voices = [v('Cloud vi', 'vi-VN'), v('Other region', 'vi'), v('Linh (on device)', 'vi-VN', { localService: true }), v('Default en', 'en-US', { default: true })];
    expect(pickVoice(voices, 'vi')!.name).to.equal('Linh (on device)');
    expect(pickVoice([v('A', 'vi'), v('B', 'vi-VN')], 'vi')!.name).to.equal('B');
    expect(pickVoice([v('A', 'vi-VN'), v('B', 'vi-VN', { default: true })], 'vi')!.name).to.equal('B');
  });

  it('pickVoice(voices, lang) understands Android-style tags (vi_VN) and any letter case', () => {
    expect(pickVoice([v('Android', 'VI_vn')], 'vi-VN')!.name).to.equal('Android');
  });

  it('pickVoice(voices, lang) keeps the list order among equal voices', () => {
    expect(pickVoice([v('First', 'vi-VN'), v('Second', 'vi-VN')], 'vi')!.name).to.equal('First');
  });

  it('pickVoice(voices, "en") picks an English voice for an English board', () => {
    expect(pickVoice([v('Linh', 'vi-VN'), v('Daniel', 'en-GB')], 'en')!.name).to.equal('Daniel');
  });
});
