// Types for scripts/package.mjs (used by the tests and the end-to-end harness).
export declare const vsceArgs: string[];
export declare function vsixPath(): string;
export declare function vsixFiles(): string[];
export declare function vsixIsFresh(file?: string): boolean;
export declare function packageVsix(options?: { build?: boolean; out?: string; quiet?: boolean }): string;
