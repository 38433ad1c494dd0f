/**
 * Element Plus is imported on demand (vite.config.ts): a template's <el-*> tags and v-loading bring their
 * own CSS. The services scripts call (ElMessage, ElMessageBox, ElNotification, ElLoading) are not tags,
 * so their styles are imported here, once for the whole client.
 */
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import 'element-plus/es/components/notification/style/css';
import 'element-plus/es/components/loading/style/css';
