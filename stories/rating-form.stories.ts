import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/rating.js';
import type { HccRatingForm } from '../src/rating.js';
import type { SatisfactionLevel } from '../src/data/schemas/rating.js';
import { defineStoryRating, type HccStoryRating } from './rating-story-source.js';

defineStoryRating();

interface Args {
  lang: '' | 'vi' | 'en';
  preset: '3' | '5';
  indicators: string;
  scale: '' | 'kiosk';
  officerDisplay: 'photo' | 'name' | 'none';
  thanksSeconds: number;
  idleSeconds: number;
  minIntervalSeconds: number;
  partial: 'submit' | 'discard';
}

/** Runs `steps` once on the form after it has opened its outbox: the way a story reaches its state. */
function drive(steps: (form: HccRatingForm, story: HccStoryRating) => Promise<void> | void) {
  const done = new WeakSet<Element>();
  return ref((el) => {
    if (!el || done.has(el)) return;
    done.add(el);
    const form = el as HccRatingForm;
    void (async () => {
      await form.storeLoaded;
      await form.outbox?.ready;
      await form.updateComplete;
      await steps(form, form.closest('hcc-story-rating')!);
      await form.updateComplete;
    })();
  });
}

/** Taps the answer for `level` on the main question, in whatever language the form shows. */
function tap(form: HccRatingForm, level: SatisfactionLevel): void {
  const i = form.activeSurvey.question.options.findIndex((o) => o.level === level);
  form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[i]?.click();
}

/** Opens the settings as a technician does: the gesture's method, then the PIN of these stories. */
async function openSettings(form: HccRatingForm, pin = '2468'): Promise<void> {
  await form.openSettings();
  await form.updateComplete;
  const settings = form.shadowRoot!.querySelector('hcc-rating-settings');
  await settings?.updateComplete;
  if (!pin) return;
  const input = settings?.shadowRoot?.querySelector<HTMLInputElement>('input[name="pin"]');
  if (input) input.value = pin;
  settings?.shadowRoot?.querySelector('form')?.requestSubmit();
}

/** Resolves once the kiosk is on `screen`. */
async function until(form: HccRatingForm, screen: HccRatingForm['screen']): Promise<void> {
  for (let i = 0; i < 200 && form.screen !== screen; i++) await new Promise((r) => requestAnimationFrame(r));
}

const form = (a: Args, drive_?: ReturnType<typeof drive>, extra: Partial<Record<string, string>> = {}): TemplateResult => html`<hcc-rating-form
  unit-id="hl-bai-chay"
  counter-id=${extra['counter'] ?? 'hl-bai-chay-q01'}
  ticket=${extra['ticket'] ?? nothing}
  queue=${extra['queue'] ?? 'off'}
  admin-pin="2468"
  lang=${a.lang || nothing}
  preset=${a.preset}
  indicators=${a.indicators || nothing}
  scale=${a.scale || nothing}
  officer-display=${a.officerDisplay}
  thanks-seconds=${a.thanksSeconds}
  idle-seconds=${a.idleSeconds}
  min-interval-seconds=${a.minIntervalSeconds}
  partial=${a.partial}
  ${drive_ ?? nothing}
></hcc-rating-form>`;

const story = (_a: Args, sync: 'ok' | 'offline' | 'error', body: TemplateResult, queue = false) =>
  html`<hcc-story-rating sync=${sync} ?queue=${queue}>${body}</hcc-story-rating>`;

/**
 * The satisfaction form on the tablet at a counter. Each story runs the real form (outbox in
 * IndexedDB, the kiosk loop) on an in-memory back end; the story's clock moves only when the story
 * says so, so each state stays on screen. Settings PIN in these stories: 2468 (hidden gesture: five
 * taps on the bottom-left corner, or Ctrl+Alt+S).
 *
 * The three-level question is the de facto scale of Vietnamese one-stop software, not a legal text;
 * Circular 01/2018's indicators (2/1/0 points) are the legal scoring and come as optional pages.
 */
const meta: Meta<Args> = {
  title: 'Components/Rating/Rating form',
  component: 'hcc-rating-form',
  args: {
    lang: '',
    preset: '3',
    indicators: '',
    scale: 'kiosk',
    officerDisplay: 'name',
    thanksSeconds: 5,
    idleSeconds: 30,
    minIntervalSeconds: 5,
    partial: 'submit',
  },
  argTypes: {
    lang: { control: 'select', options: ['', 'vi', 'en'] },
    preset: { control: 'select', options: ['3', '5'] },
    indicators: { control: 'select', options: ['', 'tt01', '1,3,4,6,7'] },
    scale: { control: 'select', options: ['', 'kiosk'] },
    officerDisplay: { control: 'select', options: ['photo', 'name', 'none'] },
    partial: { control: 'select', options: ['submit', 'discard'] },
  },
  render: (a) => story(a, 'ok', form(a)),
};
export default meta;
type Story = StoryObj<Args>;

/** Idle: the question, three faces with words, the counter and officer, the sync badge. */
export const Idle: Story = {};

/** The ticket being served at counter 3 comes from the queue; it is bound to the rating (no personal data). */
export const TicketFromQueue: Story = {
  render: (a) => story(a, 'ok', form(a, undefined, { counter: 'hl-bai-chay-q03', queue: 'auto' }), true),
};

/** After "Không hài lòng": optional reason chips and a short comment, skippable. */
export const LowScoreFollowUp: Story = {
  render: (a) =>
    story(
      a,
      'ok',
      form(a, drive(async (f) => {
        tap(f, 'dissatisfied');
        await until(f, 'page');
        await f.updateComplete;
        [...f.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="reason"]')][0]?.click();
      })),
    ),
};

/** The thank-you screen, announced by a live region; it returns to the start after `thanks-seconds`. */
export const ThankYou: Story = {
  render: (a) => story(a, 'ok', form(a, drive((f) => tap(f, 'very_satisfied')))),
};

/** Inactivity mid-survey: "Cần thêm thời gian?" before the survey resets (partial answers kept by default). */
export const IdleResetPrompt: Story = {
  render: (a) =>
    story(
      a,
      'ok',
      form(a, drive(async (f, s) => {
        tap(f, 'dissatisfied');
        await until(f, 'page');
        s.clock.advance(a.idleSeconds * 1000 + 4000);
      })),
    ),
};

/** A press within the minimum interval after the last rating: suppressed, counted and reported. */
export const SuppressedPress: Story = {
  args: { thanksSeconds: 2 },
  render: (a) =>
    story(
      a,
      'ok',
      form(a, drive(async (f, s) => {
        tap(f, 'satisfied');
        await until(f, 'thanks');
        s.clock.advance(a.thanksSeconds * 1000);
        await until(f, 'start');
        await f.updateComplete;
        tap(f, 'satisfied');
      })),
    ),
};

/** Offline: ratings queue in IndexedDB and the badge shows how many are not yet synced. */
export const OfflineWithPending: Story = {
  args: { minIntervalSeconds: 0, thanksSeconds: 1 },
  render: (a) =>
    story(
      a,
      'offline',
      form(a, drive(async (f, s) => {
        for (let i = 0; i < 3; i++) {
          tap(f, i % 2 ? 'satisfied' : 'very_satisfied');
          await until(f, 'thanks');
          s.clock.advance(1000);
          await until(f, 'start');
          await f.updateComplete;
        }
      })),
    ),
};

/** The back end answers with errors: the badge says sync failed and will retry (backoff). */
export const SyncError: Story = {
  render: (a) => story(a, 'error', form(a, drive((f) => tap(f, 'satisfied')))),
};

/**
 * The server refused a rating for good (another tablet had rated ticket T-0815 already): it is a
 * dead letter, counted in the badge and listed in the settings with "Gửi lại" / "Xoá".
 */
export const DeadLetter: Story = {
  render: (a) =>
    story(
      a,
      'ok',
      form(
        a,
        drive(async (f) => {
          const rejected = new Promise((r) => f.addEventListener('hcc-rating-rejected', r, { once: true }));
          tap(f, 'satisfied');
          await rejected;
          await openSettings(f);
        }),
        { ticket: 'T-0815' },
      ),
    ),
};

/** English, switched at runtime with the button in the corner (the next citizen gets Vietnamese again). */
export const English: Story = { args: { lang: 'en' } };

/** The five-level preset: adds "Bình thường" and "Rất không hài lòng". */
export const FiveLevels: Story = { args: { preset: '5' } };

/** Circular 01/2018 indicator pages (1, 3, 4, 7; 2/1/0 points each) after the main question. */
export const Tt01IndicatorPages: Story = {
  args: { indicators: 'tt01' },
  render: (a) =>
    story(
      a,
      'ok',
      form(a, drive(async (f) => {
        for (let i = 0; i < 200 && !f.activeSurvey.indicators?.length; i++) await new Promise((r) => requestAnimationFrame(r));
        tap(f, 'satisfied');
      })),
    ),
};

/** The hidden gesture (five taps on the bottom-left corner, or Ctrl+Alt+S) asks for the PIN first. */
export const SettingsPin: Story = {
  render: (a) => story(a, 'ok', form(a, drive((f) => openSettings(f, '')))),
};

/** The device settings behind the PIN: unit, counter, language, delays, sync, storage, wake lock, dead letters. */
export const Settings: Story = {
  render: (a) => story(a, 'offline', form(a, drive((f) => openSettings(f)))),
};

/** The centre's own colour through one token, in the dark theme. */
export const BrandAndDark: Story = {
  render: (a) => html`<div style="--hcc-color-brand:#8c1c13">${story(a, 'ok', html`<hcc-rating-form unit-id="hl-bai-chay" counter-id="hl-bai-chay-q01" queue="off" officer-display="name" scale="kiosk" theme="dark" lang=${a.lang || nothing}></hcc-rating-form>`)}</div>`,
};

/** High contrast theme (black on white, 7:1). */
export const HighContrast: Story = {
  render: (a) => story(a, 'ok', html`<hcc-rating-form unit-id="hl-bai-chay" counter-id="hl-bai-chay-q01" queue="off" officer-display="name" scale="kiosk" theme="contrast"></hcc-rating-form>`),
};

/** Used as a field of a plain form (`mode="field"`): a required radio group, nothing stored. */
export const FormField: Story = {
  render: () => html`<form @submit=${(e: Event) => e.preventDefault()} style="max-width:40rem">
    <hcc-rating-form mode="field" name="muc_do_hai_long" required></hcc-rating-form>
    <button type="submit">Gửi</button>
  </form>`,
};
