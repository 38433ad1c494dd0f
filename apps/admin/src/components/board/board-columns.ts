/** One column of a board (BoardTable). */
export interface BoardColumn<R> {
  key: string;
  label: string;
  /** The cell's text; a page gives the slot `cell-<key>` instead for a link, tags or buttons. */
  value?: (row: R) => string | number;
  width?: number;
  minWidth?: number;
  /** The sort key the board's source takes for this column; sortable only when given. */
  sort?: string;
  /** Hidden until the user shows it in 列设置. */
  hidden?: boolean;
  /** Always shown and not listed in 列设置 (e.g. the row actions). */
  pinned?: boolean;
  fixed?: 'left' | 'right';
}
