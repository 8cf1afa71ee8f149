/** See test-content.mjs. */
export declare const TEST_CONTENT_DIR: string;
