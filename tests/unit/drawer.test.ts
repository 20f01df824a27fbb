import { describe, expect, it } from 'vitest';
import { loadAllAtlases } from '../../src/lib/server/load-atlas';
import { evidenceFor, indexAtlas } from '../../src/lib/domain/queries';
import { cardCount, evidenceGroups, relationGroups } from '../../src/lib/domain/drawer';
import { RELATIONS } from '../../src/lib/domain/constants';

const atlases = loadAllAtlases().map(indexAtlas);

describe('evidence drawer: cards and their count', () => {
	it('shows every card once, and the count is the number of cards', () => {
		let differs = 0;
		for (const ix of atlases)
			for (const id of [...ix.node.keys(), ...ix.relation.keys()]) {
				const items = evidenceFor(ix, id);
				const groups = evidenceGroups(ix, items);
				const ids = groups.flatMap((g) => [g.ev.id, ...g.conflicts.map((c) => c.id)]);
				expect(new Set(ids).size, id).toBe(ids.length);
				expect(cardCount(groups), id).toBe(ids.length);
				const expected = new Set([
					...items.map((e) => e.id),
					...items.flatMap((e) => ix.conflicts.get(e.id) ?? [])
				]);
				expect(new Set(ids), id).toEqual(expected);
				if (items.length !== ids.length) differs++;
			}
		// the drawer used to say "Evidence (1)" over two cards: such selections exist
		expect(differs).toBeGreaterThan(0);
	});
});

describe('evidence drawer: relations', () => {
	it('groups relations by type in the vocabulary order, each once', () => {
		for (const ix of atlases)
			for (const [id, rels] of ix.relationsOf) {
				const groups = relationGroups(rels);
				const ids = groups.flatMap((g) => g.relations.map((r) => r.id));
				expect(new Set(ids).size, id).toBe(ids.length);
				expect(new Set(ids), id).toEqual(new Set(rels.map((r) => r.id)));
				const order = groups.map((g) => RELATIONS.indexOf(g.type));
				expect(order, id).toEqual([...order].sort((a, b) => a - b));
				for (const g of groups) expect(g.relations.every((r) => r.type === g.type)).toBe(true);
			}
	});
	it('lists a relation from a node to itself once, and marks relations with the same ends', () => {
		const r = atlases[0].atlas.relations[0];
		const self = { ...r, from: 'x', to: 'x' };
		expect(relationGroups([self, self]).flatMap((g) => g.relations)).toHaveLength(1);
		const kd = relationGroups(atlases[0].relationsOf.get('kinase-domain-mutations') ?? []);
		const resistant = kd.find((g) => g.type === 'resistant_to')!;
		expect([...resistant.twins].sort()).toEqual([
			'rel-kinase-domain-mutations-resistant-to-alk-tkis',
			'rel-kinase-domain-mutations-resistant-to-alk-tkis-primary'
		]);
	});
});

describe('genotype answer groups', () => {
	it('groups active, inactive, conflicting, then no evidence; every drug once', async () => {
		const { activityFor, groupActivity } = await import('../../src/lib/domain/activity');
		const atlas = atlases[0].atlas;
		const rows = activityFor(atlas, ['alk-g1202r']);
		const groups = groupActivity(rows);
		expect(groups.map((g) => g.activity)).toEqual(
			['active', 'inactive', 'conflicting', 'unknown'].filter((a) =>
				rows.some((r) => r.activity === a)
			)
		);
		expect(groups.flatMap((g) => g.rows)).toHaveLength(rows.length);
		expect(groups[0].rows.map((r) => r.drug)).toContain('lorlatinib');
	});
});
