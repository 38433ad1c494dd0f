import type { RouteRecordRaw } from 'vue-router';
import { boardRoutes } from './route-modules/boards.js';
import { cadreRoutes } from './route-modules/cadres.js';
import { fallbackRoutes } from './route-modules/fallback.js';
import { organizationRoutes } from './route-modules/organization.js';
import { shellRoutes } from './route-modules/shell.js';
import { systemRoutes } from './route-modules/system.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown without signing in, and without the menu. */
    public?: boolean;
    /** The page's name in the menu, the breadcrumbs and the tab title (zh-CN). */
    title?: string;
    /** An icon of layout/menu-icons.ts for the menu. */
    icon?: string;
    /** The menu group the page is listed under (a top-level entry when left out). */
    menuGroup?: string;
    /**
     * The gateway root fields the page needs: it is listed and opened only for a caller whose permissions
     * (`me.permissions`, the gateway's policy) include every one; others are shown 无权访问.
     */
    requires?: readonly string[];
    /** Not listed in the menu (a detail page, a page of the shell). */
    hideInMenu?: boolean;
    /** The list page a detail page belongs to, for the breadcrumbs and the menu's highlight. */
    parent?: string;
  }
}

/**
 * Every page of the client, one module per menu group (the route tests open each of them for every role).
 * The menu lists the groups in this order.
 */
export const routes: RouteRecordRaw[] = [
  ...shellRoutes,
  ...cadreRoutes,
  ...organizationRoutes,
  ...boardRoutes,
  ...systemRoutes,
  ...fallbackRoutes,
];
