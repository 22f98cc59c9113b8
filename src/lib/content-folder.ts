// Where the converter writes the MDX documents and the site reads them, relative to
// the project: the one name of that folder. CONTENT_DIR names another (tests, benchmarks).
export const CONTENT_FOLDER = 'content';
