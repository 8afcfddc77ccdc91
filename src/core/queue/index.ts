export * from './engine.js';
export * from './simulator.js';
