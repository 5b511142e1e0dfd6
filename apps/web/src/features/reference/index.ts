// The agreement's vocabulary (action fields, actor categories, regions) for other features.
export * from './hooks/useReferenceData';
