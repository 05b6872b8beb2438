/** Every content schema, one concern per file. */
export * from './fields';
export * from './ref';
export * from './review';
export * from './source';
export * from './glossary';
export * from './reviewer';
export * from './modality';
export * from './comparison';
export * from './page';
export * from './quiz';
export * from './guide';
export * from './correction';
export * from './condition';
