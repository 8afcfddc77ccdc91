export * from './engine.js';
export * from './simulator.js';
export * from './wait-estimate.js';
export * from './announcement-text.js';
export * from './announcement-tracker.js';
export * from './announcement-queue.js';
export * from './board-model.js';
