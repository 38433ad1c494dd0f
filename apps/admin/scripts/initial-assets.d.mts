export declare const INITIAL_GZIP_BUDGET: number;

export interface InitialAsset {
  path: string;
  bytes: number;
  gzip: number;
  /** The size of the build's .br copy, when it wrote one. */
  brotli: number | undefined;
}

export declare function initialAssetPaths(html: string): string[];

export declare function initialAssets(distDir: string): {
  files: InitialAsset[];
  /** Brotli counts a file without a .br copy at its own size. */
  total: { bytes: number; gzip: number; brotli: number };
};
