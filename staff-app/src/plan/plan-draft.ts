import type { DayPlan, ErrorIssue, PlanInterval, PlanService } from '@dintur/shared';
import { planStrings as text } from './plan-strings.js';

/**
 * One staffed stretch of the plan as the leader edits it. `key` keeps React rows and their
 * inputs stable while stretches are added and removed; `services` null means "the counter's
 * profile" (the server then uses the configured one).
 */
export type StretchDraft = {
  key: string;
  counterId: string;
  staffUnitId: string;
  from: string;
  to: string;
  breaks: PlanInterval[];
  services: PlanService[] | null;
};

/** What is wrong with a stretch, by field, in Danish; `stretch` for the stretch as a whole. */
export type StretchField = 'from' | 'to' | 'staffUnitId' | 'services' | 'breaks' | 'counterId' | 'stretch';
export type StretchProblems = Partial<Record<StretchField, string>>;

let nextKey = 0;
const newKey = () => `stretch-${++nextKey}`;

/** The server's plan as editable stretches, in the plan's order. */
export function draftsOf(plan: DayPlan): StretchDraft[] {
  return plan.counters.map((counter) => ({
    key: newKey(),
    counterId: counter.counterId,
    staffUnitId: counter.staffUnitId,
    from: counter.from,
    to: counter.to,
    breaks: counter.breaks.map((pause) => ({ ...pause })),
    services: counter.services ? counter.services.map((service) => ({ ...service })) : null,
  }));
}

/** A new stretch ("Tilføj skranke 10–12"). */
export function newStretch(fields: Omit<StretchDraft, 'key' | 'breaks' | 'services'>): StretchDraft {
  return { ...fields, key: newKey(), breaks: [], services: null };
}

/** The plan to send, the stretches in the order shown (a refusal's `counters.3` is the fourth row). */
export function planOf(drafts: readonly StretchDraft[]): DayPlan {
  return {
    counters: drafts.map((draft) => ({
      counterId: draft.counterId,
      staffUnitId: draft.staffUnitId,
      from: draft.from,
      to: draft.to,
      breaks: draft.breaks,
      ...(draft.services && { services: draft.services }),
    })),
  };
}

/** Whether the edited plan is still the usual one (then its forecast is the usual forecast). */
export function samePlan(first: DayPlan, second: DayPlan): boolean {
  const normal = (plan: DayPlan) => JSON.stringify(plan.counters.map((counter) => ({ ...counter, breaks: counter.breaks ?? [], services: counter.services ?? null })));
  return normal(first) === normal(second);
}

const timePattern = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * The plan's problems by row, in Danish, checked before sending (the server checks again):
 * times as "HH:MM" in order, breaks inside the stretch, no two stretches of one counter
 * overlapping, at least one service. An empty map when the plan may be sent.
 */
export function draftProblems(drafts: readonly StretchDraft[], hours: { open: string; close: string } | null): Map<string, StretchProblems> {
  const problems = new Map<string, StretchProblems>();
  const add = (key: string, field: StretchField, message: string) => {
    const known = problems.get(key) ?? {};
    known[field] ??= message;
    problems.set(key, known);
  };
  for (const draft of drafts) {
    if (!timePattern.test(draft.from)) add(draft.key, 'from', text.problems.badTime);
    if (!timePattern.test(draft.to)) add(draft.key, 'to', text.problems.badTime);
    if (timePattern.test(draft.from) && timePattern.test(draft.to) && draft.from >= draft.to) add(draft.key, 'to', text.problems.toBeforeFrom);
    if (hours && timePattern.test(draft.from) && timePattern.test(draft.to) && (draft.to <= hours.open || draft.from >= hours.close)) {
      add(draft.key, 'stretch', text.problems.outsideHours(hours.open, hours.close));
    }
    for (const pause of draft.breaks) {
      if (!timePattern.test(pause.from) || !timePattern.test(pause.to) || pause.from >= pause.to) add(draft.key, 'breaks', text.problems.badBreak);
      else if (pause.from < draft.from || pause.to > draft.to) add(draft.key, 'breaks', text.problems.breakOutside);
    }
    if (draft.services && draft.services.length === 0) add(draft.key, 'services', text.problems.noServices);
  }
  drafts.forEach((draft, index) => {
    const overlapping = drafts.slice(0, index).find((other) => other.counterId === draft.counterId && other.from < draft.to && draft.from < other.to);
    if (overlapping) add(draft.key, 'stretch', text.problems.overlap(overlapping.from, overlapping.to));
  });
  return problems;
}

/** Which field of a stretch a refusal's path names (`body.plan.counters.2.services.0.serviceId` → services). */
function fieldOfPath(rest: string | undefined): StretchField {
  const field = rest?.split('.')[0];
  switch (field) {
    case 'from':
    case 'to':
    case 'staffUnitId':
    case 'services':
    case 'breaks':
    case 'counterId':
      return field;
    default:
      return 'stretch';
  }
}

/**
 * The server's refusal of a plan (a 400's issues) at the rows concerned, in Danish: a staff unit
 * or services refused is the unit rule (said with `unitRuleSentence` of that row, as the counter
 * profile page says it), the rest by field. Issues not about a row come back as `general`.
 */
export function refusedRows(
  issues: readonly ErrorIssue[],
  drafts: readonly StretchDraft[],
  unitRuleSentence: (draft: StretchDraft) => string | null,
): { rows: Map<string, StretchProblems>; general: string[] } {
  const rows = new Map<string, StretchProblems>();
  const general: string[] = [];
  for (const issue of issues) {
    const match = /^(?:body\.)?plan\.counters\.(\d+)(?:\.(.+))?$/.exec(issue.path);
    const draft = match ? drafts[Number(match[1])] : undefined;
    if (!match || !draft) {
      general.push(issue.path === 'body.date' || issue.path === 'date' ? text.problems.badDate : text.problems.refusedPlan);
      continue;
    }
    const field = fieldOfPath(match[2]);
    const known = rows.get(draft.key) ?? {};
    const rule = field === 'services' || field === 'staffUnitId' || field === 'stretch' ? unitRuleSentence(draft) : null;
    known[field] ??= rule ? text.problems.unitRule(rule) : text.problems.refused[field];
    rows.set(draft.key, known);
  }
  return { rows, general: [...new Set(general)] };
}
