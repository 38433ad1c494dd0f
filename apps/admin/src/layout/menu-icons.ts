import {
  Calendar,
  ChatDotRound,
  DataAnalysis,
  Document,
  DocumentChecked,
  Medal,
  OfficeBuilding,
  Plus,
  Reading,
  Service,
  Setting,
  Tickets,
  TrendCharts,
  User,
  Warning,
} from '@element-plus/icons-vue';
import type { Component } from 'vue';

/** The icons a route's `meta.icon` may name; an unknown name is shown as a document. */
const ICONS: Record<string, Component> = {
  Calendar,
  ChatDotRound,
  DataAnalysis,
  DocumentChecked,
  Document,
  Medal,
  OfficeBuilding,
  Plus,
  Reading,
  Service,
  Setting,
  Tickets,
  TrendCharts,
  User,
  Warning,
};

export function menuIcon(name: string | undefined): Component {
  return (name && ICONS[name]) || Document;
}
