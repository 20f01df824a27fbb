/**
 * What the evidence drawer lists: relations grouped by type (each once), and evidence cards with
 * the claims that conflict with them side by side (each card once, so the count matches). Pure.
 */
import { RELATIONS } from './constants';
import type { AtlasIndex } from './queries';
import type { Evidence, Relation } from './types';

export interface RelationGroup {
	type: Relation['type'];
	/** relations of negative evidence (looked for, not found) */
	negative: boolean;
	relations: Relation[];
	/** ids of relations that read the same as another of the group but for their context */
	twins: Set<string>;
}

/**
 * Relations grouped by type in the vocabulary's order, each relation once (a relation from a node
 * to itself is listed under both ends by `relationsOf`). Two relations with the same ends (primary
 * and acquired resistance) are both kept and marked as twins, so the drawer names their context.
 */
export function relationGroups(relations: readonly Relation[]): RelationGroup[] {
	const seen = new Set<string>();
	const byType = new Map<string, Relation[]>();
	for (const r of relations) {
		if (seen.has(r.id)) continue;
		seen.add(r.id);
		const key = r.negative ? `not:${r.type}` : r.type;
		byType.set(key, [...(byType.get(key) ?? []), r]);
	}
	// negative evidence ("looked for, not found") is a group of its own after its type's
	const keys = RELATIONS.flatMap((t) => [t, `not:${t}`]).filter((k) => byType.has(k));
	return keys.map((key) => {
		const list = byType.get(key)!;
		const negative = key.startsWith('not:');
		const type = list[0].type;
		const ends = (r: Relation) => `${r.from}|${r.to}`;
		const twins = new Set(
			list.filter((r) => list.some((o) => o !== r && ends(o) === ends(r))).map((r) => r.id)
		);
		return { type, negative, relations: list, twins };
	});
}

export interface EvidenceGroup {
	ev: Evidence;
	/** conflicting claims shown beside it (not shown elsewhere in the drawer) */
	conflicts: Evidence[];
}

/** Evidence cards in order, each with its conflicting claims; no card appears twice. */
export function evidenceGroups(ix: AtlasIndex, items: readonly Evidence[]): EvidenceGroup[] {
	const shown = new Set<string>();
	const groups: EvidenceGroup[] = [];
	const listed = new Set(items.map((e) => e.id));
	for (const ev of items) {
		if (shown.has(ev.id)) continue;
		shown.add(ev.id);
		// the claims it conflicts with, and (for those the drawer lists too) theirs
		const conflicts: Evidence[] = [];
		const queue = [ev.id];
		while (queue.length) {
			for (const c of ix.conflicts.get(queue.shift()!) ?? []) {
				const e = ix.evidence.get(c);
				if (shown.has(c) || !e) continue;
				shown.add(c);
				conflicts.push(e);
				if (listed.has(c)) queue.push(c);
			}
		}
		groups.push({ ev, conflicts });
	}
	return groups;
}

/** Number of cards the groups show: what the drawer's "Evidence (n)" says. */
export const cardCount = (groups: readonly EvidenceGroup[]) =>
	groups.reduce((n, g) => n + 1 + g.conflicts.length, 0);
