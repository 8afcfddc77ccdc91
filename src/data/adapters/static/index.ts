export { StaticProcedureSource, type StaticProcedureSourceOptions, type RejectedProcedure } from './static-procedures.js';
