export * from './survey.js';
export * from './tt01.js';
export * from './press-guard.js';
export * from './kiosk.js';
