/**
 * The list-page kit every board is built from (后备干部, 培训, 一诺双评, 谈话, 三单, …):
 *
 *   const list = useBoardList(source, { filters: { villageId: '', search: '' }, pageSize: 20 });
 *   // source: byOffset(({ first, offset, filters, sort }) => fetch…) for a query taking `offset`,
 *   //         byCursor((first, after, filters, sort) => fetch…) for a cursor-only connection.
 *
 *   <BoardSearchForm :loading="list.loading.value" @search="list.search" @reset="list.reset">
 *     <el-form-item label="村（社区）"><VillageSelect v-model="list.form.villageId" all-label="全部" /></el-form-item>
 *   </BoardSearchForm>
 *   <BoardTable :list="list" :columns="columns" storage-key="my-board" title="…">
 *     <template #toolbar><el-button>新增</el-button></template>
 *     <template #cell-actions="{ row }">…row actions…</template>
 *   </BoardTable>
 *
 * `list.form` is what the form edits, `list.applied` what the rows were searched by (查询 applies,
 * 重置 restores the initial filters); columns (BoardColumn) with `sort` are sorted on the server
 * (`list.sort`: `{ by, descending }`), `hidden` ones start hidden, `pinned` ones cannot be hidden;
 * the hidden columns are remembered in localStorage per `storage-key`. After a row action, call
 * `list.reload()` (the same page again). Test hooks: board-search, board-query, board-reset,
 * board-refresh, column-settings, column-toggle-<key>, column-restore, board-pager.
 */

export { default as BoardSearchForm } from './BoardSearchForm.vue';
export { default as BoardTable } from './BoardTable.vue';
export type { BoardColumn } from './board-columns.js';
export {
  type BoardList,
  type BoardRequest,
  type BoardSort,
  type BoardSource,
  useBoardList,
} from './board-list.js';
export { byCursor, byOffset } from './board-sources.js';
export { useColumnSettings } from './column-settings.js';
