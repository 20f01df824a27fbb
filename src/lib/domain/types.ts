/** The app's types, inferred from the schema so the two cannot drift. */
import type * as v from 'valibot';
import type * as s from './schema';

export type Text = v.InferOutput<typeof s.Text>;
export type Figure = v.InferOutput<typeof s.Figure>;
export type Evidence = v.InferOutput<typeof s.Evidence>;
export type Source = v.InferOutput<typeof s.Source>;
export type Drug = v.InferOutput<typeof s.Drug>;
export type Alteration = v.InferOutput<typeof s.Alteration>;
export type Mechanism = v.InferOutput<typeof s.Mechanism>;
export type Strategy = v.InferOutput<typeof s.Strategy>;
export type Trial = v.InferOutput<typeof s.Trial>;
export type Group = v.InferOutput<typeof s.Group>;
export type AtlasNode = v.InferOutput<typeof s.Node>;
export type Relation = v.InferOutput<typeof s.Relation>;
export type RelationType = Relation['type'];
export type AtlasMeta = v.InferOutput<typeof s.AtlasMeta>;
export type OverviewSpec = v.InferOutput<typeof s.Overview>;
export type Exclusion = v.InferOutput<typeof s.Exclusion>;
export type ClassShare = v.InferOutput<typeof s.ClassShare>;
export type ShareClassDef = v.InferOutput<typeof s.ShareClassDef>;
export type Story = v.InferOutput<typeof s.Story>;
export type StoryStep = v.InferOutput<typeof s.StoryStep>;
export type Question = v.InferOutput<typeof s.Question>;

/** A validated atlas: every cross-reference resolved. */
export interface Atlas {
	meta: AtlasMeta;
	nodes: AtlasNode[];
	relations: Relation[];
	evidence: Evidence[];
	sources: Source[];
	excluded: Exclusion[];
	classShares: ClassShare[];
	stories: Story[];
	/** file each record came from, keyed by id (for error messages and curator tooling) */
	fileOf: Record<string, string>;
}

/**
 * What drawing the network reads of an atlas (`networkModel`, `parseView`): its nodes and relations,
 * and of the evidence only the level and the figures (edge widths); no texts, sources or stories.
 * A whole `Atlas` is one.
 */
export type NetworkEvidence = Pick<Evidence, 'id' | 'level' | 'figures'>;
export interface NetworkAtlas {
	meta: AtlasMeta;
	nodes: AtlasNode[];
	relations: Relation[];
	evidence: NetworkEvidence[];
}

export interface Release {
	version: string;
	date: string;
}
