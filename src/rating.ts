/**
 * The rating family: `<hcc-rating-form>`, the satisfaction form on the tablet at each counter, with
 * its survey presets and the pure kiosk logic. Importing this module registers the element.
 */
export {
  HccRatingForm,
  type RatingDetail,
  type RatingSyncedDetail,
  type RatingSuppressedDetail,
  type RatingSyncState,
  type RatingRejectedDetail,
  type RatingErrorDetail,
  type RatingSyncOptions,
  type WakeLockStatus,
} from './components/rating-form/rating-form.js';
export {
  THREE_LEVEL_SURVEY,
  FIVE_LEVEL_SURVEY,
  SURVEY_PRESETS,
  DEFAULT_REASONS,
  DEFAULT_FOLLOW_UP,
  DEFAULT_TITLE,
  surveyPages,
  localText,
  type RatingSurvey,
  type MainQuestion,
  type LevelOption,
  type IndicatorQuestion,
  type IndicatorOption,
  type ReasonOption,
  type FollowUp,
  type FaceKind,
  type LocalText,
  type SurveyPage,
} from './core/rating/survey.js';
export type { KioskConfig, KioskState, KioskScreen, SuppressReason } from './core/rating/kiosk.js';
