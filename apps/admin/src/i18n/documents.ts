/** Excel in and out: the export buttons and the roster import page. */
export const documentsZh = {
  exportExcel: '导出Excel',
  exporting: '正在生成…',
  exported: '已导出 {file}（台账位置 {position}）',
  exportFailed: '导出失败：{message}',
  import: {
    title: '花名册导入',
    intro:
      '按模板填写花名册后上传：系统先逐行校验（与登记干部相同的规则），有错误时不写入任何数据；确认后逐行登记，同一文件重复导入不会重复登记。',
    template: '下载导入模板',
    choose: '选择 Excel 文件',
    chosen: '已选择：{file}',
    check: '校验',
    importAll: '导入',
    importValid: '仅导入有效行',
    rows: '共 {rows} 行，有效 {valid} 行',
    noProblems: '全部行校验通过',
    problems: '校验错误',
    row: '行号',
    column: '列',
    message: '错误说明',
    refused: '存在错误，未写入任何数据。可修改后重新上传，或选择“仅导入有效行”。',
    running: '正在导入…',
    done: '导入完成：登记 {written} 行，已存在（此前已导入）{already} 行',
    failed: '导入中断，已登记的行保持不变；重新导入同一文件会继续其余行。',
    tooLarge: '文件不能超过 700 KB',
  },
};

export const documentsEn: typeof documentsZh = {
  exportExcel: 'Export to Excel',
  exporting: 'Generating…',
  exported: 'Exported {file} (ledger position {position})',
  exportFailed: 'Export failed: {message}',
  import: {
    title: 'Roster import',
    intro:
      'Fill in the template and upload it: every row is checked first (the rules of registering a cadre); with errors nothing is written. Then the rows are registered one by one; importing the same file again registers nothing twice.',
    template: 'Download the template',
    choose: 'Choose an Excel file',
    chosen: 'Chosen: {file}',
    check: 'Check',
    importAll: 'Import',
    importValid: 'Import only the valid rows',
    rows: '{rows} rows, {valid} valid',
    noProblems: 'Every row passed the checks',
    problems: 'Problems',
    row: 'Row',
    column: 'Column',
    message: 'Problem',
    refused:
      'There are problems; nothing was written. Correct the file and upload it again, or import only the valid rows.',
    running: 'Importing…',
    done: 'Import finished: {written} rows registered, {already} already there (imported before)',
    failed: 'The import stopped; the rows registered stay. Importing the same file again enters the rest.',
    tooLarge: 'The file may not exceed 700 KB',
  },
};
