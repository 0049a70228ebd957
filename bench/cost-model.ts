/** The cost model lives in src/core/cost-model.ts (the report's continuation decides with it too): one table. */
export * from '../src/core/cost-model';
