/** The look of a download link (DownloadLinks, /downloads/), shared by buttons that make a file in the browser. */
export const DOWNLOAD_LINK =
  'inline-block rounded border border-slate-300 px-2 py-0.5 no-underline hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';
