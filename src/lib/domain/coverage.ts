/**
 * Curation coverage: which number-bearing sentences and table rows of a source are quoted by
 * evidence, and which are deliberately left out (graph-data/<atlas>/excluded.yaml). Pure.
 */
import { squash } from './provenance';
import type { Evidence, Exclusion } from './types';

export interface Unit {
	/** sentence or table row, whitespace collapsed */
	text: string;
	kind: 'sentence' | 'row';
	/** numbers it states (citation markers removed) */
	numbers: string[];
}

export interface UnitCoverage extends Unit {
	evidence: string[];
	excluded?: string;
	/** numbers of the unit found in the quotes that cover it */
	numbersCovered: number;
}

const CITATION = /<sup>[^<]*<\/sup>|\[\s*[\d\s,，\-–~]+\]/g;

/** Numbers in a text once citation markers are gone. */
export function numbersIn(text: string): string[] {
	return text.replace(CITATION, ' ').match(/\d+(?:\.\d+)?/g) ?? [];
}

/** Split a source text into table rows (tab-separated lines) and sentences. */
export function splitUnits(text: string): Unit[] {
	const units: Unit[] = [];
	const prose: string[] = [];
	for (const line of text.split('\n')) {
		if (line.includes('\t')) {
			const row = line.replace(/\s+/g, ' ').trim();
			units.push({ text: row, kind: 'row', numbers: numbersIn(row) });
			prose.push('\n\n');
		} else prose.push(line);
	}
	const flat = prose.join('\n').replace(/\s+/g, ' ');
	for (const raw of flat.split(/(?<=[。！？；])|(?<=[.!?;])\s+(?=[A-Z(\u4e00-\u9fff])/)) {
		const s = raw.trim();
		if (s) units.push({ text: s, kind: 'sentence', numbers: numbersIn(s) });
	}
	return units.filter((u) => u.numbers.length > 0);
}

/** Coverage of one source's number-bearing units by the evidence quoting it. */
export function coverUnits(
	units: Unit[],
	evidence: Evidence[],
	exclusions: Exclusion[],
	sourceText: string
): UnitCoverage[] {
	const quotes = evidence.map((e) => ({ id: e.id, q: squash(e.quote) }));
	const full = squash(sourceText);
	const restFrom = Math.min(
		...exclusions
			.filter((x) => x.scope === 'rest')
			.map((x) => full.indexOf(squash(x.text)))
			.filter((i) => i >= 0),
		Infinity
	);
	const restReason = exclusions.find(
		(x) => x.scope === 'rest' && full.indexOf(squash(x.text)) === restFrom
	)?.reason;
	return units.map((u) => {
		const su = squash(u.text);
		const hits = quotes.filter((q) => su.includes(q.q) || q.q.includes(su));
		const joined = hits.map((h) => h.q).join(' ');
		const numbersCovered = u.numbers.filter((n) => joined.includes(n)).length;
		let excluded = exclusions.find(
			(x) => x.scope !== 'rest' && su.includes(squash(x.text))
		)?.reason;
		if (!excluded && restReason && full.indexOf(su) >= restFrom) excluded = restReason;
		return { ...u, evidence: hits.map((h) => h.id), excluded, numbersCovered };
	});
}

export interface CoverageSummary {
	units: number;
	covered: number;
	excluded: number;
	numbers: number;
	numbersCovered: number;
}

/** Share counted over units not excluded. */
export function summarise(rows: UnitCoverage[]): CoverageSummary {
	const live = rows.filter((r) => !r.excluded);
	return {
		units: live.length,
		covered: live.filter((r) => r.evidence.length > 0).length,
		excluded: rows.length - live.length,
		numbers: live.reduce((a, r) => a + r.numbers.length, 0),
		numbersCovered: live.reduce((a, r) => a + r.numbersCovered, 0)
	};
}
