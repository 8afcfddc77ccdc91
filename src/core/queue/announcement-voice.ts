/**
 * Choosing a speech voice for announcements. Pure: works on the plain fields every
 * `SpeechSynthesisVoice` has, so it is tested without a speech engine.
 */

/** The fields of a speech voice this module reads. */
export interface VoiceInfo {
  name: string;
  lang: string;
  /** On-device voice (works without network), as opposed to a cloud voice. */
  localService?: boolean;
  default?: boolean;
}

/** `vi_VN`, `VI-vn`, `vi-VN-x-abc` → `vi-vn…`; the primary language subtag in lower case first. */
function normalise(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/**
 * The best voice for `lang` (e.g. `vi` or `vi-VN`), or `undefined` when none speaks the language.
 * Preference: exact tag (`vi-vn`), then the same language in any region; within those an on-device
 * voice (a hall's network is unreliable, and cloud voices stop mid-sentence when it drops), then the
 * platform's default, then the list's order.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | undefined {
  const want = normalise(lang);
  const primary = want.split('-')[0]!;
  const wantRegion = want.includes('-') ? want : primary === 'vi' ? 'vi-vn' : want;
  let best: V | undefined;
  let bestScore = -1;
  voices.forEach((v, i) => {
    const tag = normalise(v.lang);
    if (tag.split('-')[0] !== primary) return;
    const score = (tag === wantRegion || tag.startsWith(`${wantRegion}-`) ? 4 : 0) + (v.localService ? 2 : 0) + (v.default ? 1 : 0) - i / 10_000;
    if (score > bestScore) {
      best = v;
      bestScore = score;
    }
  });
  return best;
}
