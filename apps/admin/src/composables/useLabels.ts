import { useI18n } from 'vue-i18n';

export interface Labels {
  t: (key: string, named?: Record<string, unknown>) => string;
  label: (group: string, value: string | null | undefined) => string;
  seatLabel: (seat: { committee: string; position: string }) => string;
  eventLabel: (type: string) => string;
}

/** Labels for the API's enum values, seats and event types, in the current language. */
export function useLabels(): Labels {
  const { t, te } = useI18n();

  /** `enums.<group>.<value>`, the raw value when there is no label, '—' for none. */
  function label(group: string, value: string | null | undefined): string {
    if (!value) return '—';
    const key = `enums.${group}.${value}`;
    return te(key) ? t(key) : value;
  }

  function seatLabel(seat: { committee: string; position: string }): string {
    return t('common.seat', {
      committee: label('committee', seat.committee),
      position: label('position', seat.position),
    });
  }

  function eventLabel(type: string): string {
    return te(`events.${type}`) ? t(`events.${type}`) : type;
  }

  return { t: (key, named) => (named ? t(key, named) : t(key)), label, seatLabel, eventLabel };
}
