/**
 * ALK residue positions read from the atlas's own names: `G1202R` → 1202, `1151Tins` → 1151,
 * `I1171X` (a family) → 1171, `p.Gly1202Arg` → 1202, `p.Thr1151dup` → 1151, compounds
 * (`G1202R/L1196M`) → their components. Pure; never throws.
 */
import type { AtlasNode } from './types';

/**
 * ALK's length in residues: "ALK has about 1,620 amino acids" (the atlas's note on the misprinted
 * G3709R). A residue past it is not in ALK.
 */
export const ALK_RESIDUES = 1620;

const AA3 =
	'Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter|Sec|Pyl';

/** one-letter (`G1202R`, `I1171X`, `G1202*`), insertion (`1151Tins`, `T1151dup`), three-letter HGVS */
const ONE = /^([A-Z])?(\d{2,5})(?:[A-Z*]|X|del|dup|ins[A-Z]*|fs)?$/i;
const INS = /^(\d{2,5})[A-Z]?\s*(?:ins|dup)$/i;
const THREE = new RegExp(
	`^(?:p\\.)?\\(?(?:${AA3})(\\d{2,5})(?:${AA3}|\\*|X|del|dup|ins\\S*|fs\\S*)?\\)?$`,
	'i'
);

/**
 * The residue one protein-change name points at, or null. `p.` prefixes and a leading gene name
 * (`ALK G1202R`) are allowed.
 *
 * @example residueOf('G1202R') === 1202; residueOf('1151Tins') === 1151; residueOf('E6;A20') === null
 */
export function residueOf(name: string): number | null {
	const s = name
		.trim()
		.replace(/^ALK[\s:-]+/i, '')
		.replace(/^p\./i, '')
		.replace(/\s+/g, ' ');
	const bare = s.replace(/\s+/g, '');
	const digits = THREE.exec(s)?.[1] ?? INS.exec(bare)?.[1] ?? ONE.exec(bare)?.[2];
	const n = Number(digits);
	return digits && Number.isInteger(n) && n > 0 ? n : null;
}

/** The residues of a compound written `G1202R/L1196M` (every part must name a residue), or null. */
export function compoundResidues(name: string): number[] | null {
	const parts = name
		.replace(/^ALK\s+/i, '')
		.split('/')
		.map((p) => p.trim());
	if (parts.length < 2) return null;
	const out = parts.map(residueOf);
	return out.every((n) => n !== null) ? (out as number[]) : null;
}

/**
 * Residues of an alteration node: from its short name, else its HGVS name; a compound's are its
 * components' (in order). Empty for fusions, amplifications and mechanisms.
 */
export function residuesOfNode(
	node: AtlasNode,
	byId: (id: string) => AtlasNode | undefined
): number[] {
	if (node.kind !== 'alteration') return [];
	if (node.subtype === 'compound') {
		const own = node.components.flatMap((c) => {
			const n = byId(c);
			return n ? residuesOfNode(n, byId) : [];
		});
		if (own.length) return own;
		return node.short ? (compoundResidues(node.short) ?? []) : [];
	}
	if (node.subtype !== 'point' && node.subtype !== 'insertion') return [];
	const r = (node.short && residueOf(node.short)) || (node.hgvs && residueOf(node.hgvs)) || null;
	return r === null ? [] : [r];
}
