package io.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The best hits by score, ties broken by id, and the count of every match, in one pass:
 * what Lucene's field-sorted collector answers for the sort (score, id), for less.
 * <p>
 * That collector keeps each hit that enters the page with its id's bytes, so that hits of
 * different segments compare; reading an id's bytes decompresses a block of the id
 * dictionary, and while the page fills, most matches enter it: 7 % of a search's CPU at
 * 10k articles. Within one segment the ids' ordinals are in the ids' order, so here each
 * segment keeps its own best hits by score and ordinal, and the few that are left at the
 * end are compared across segments by the ids' global ordinals ({@link #idOrder}), made
 * once per reader. Reading the ids' bytes to compare them instead was 11 % of a search's
 * CPU at 100k articles (twelve segments, each with a page of candidates, many of them
 * tied by score). The page is the same.
 * <p>
 * Every match is counted (the total is exact), but once a segment holds as many hits as
 * wanted, or the segments before it hold as many, a match is scored only if it might
 * enter: given a {@link DocumentAtATime.Bounded} scorer, one whose most it can score is
 * below the least that can still enter (strictly: a tie may enter by its id) is counted
 * alone. Its frequencies, norm and score are never read: in the benchmark's searches a
 * word matches about a third of the articles, and the best hits have it in their titles,
 * where few articles have it.
 * <p>
 * When the total is known without visiting every match ({@link PostingsCount}: a word
 * alone, or words in {@code OR}), the collector counts nothing and asks for
 * {@link ScoreMode#TOP_SCORES} instead: it tells the scorer the least that can still
 * enter ({@link Scorable#setMinCompetitiveScore}), and Lucene's block-max skipping passes
 * over the postings' blocks that cannot reach it. A tie may still enter by its id, and
 * Lucene only skips what scores strictly less: the page is the same.
 */
final class BestFirst implements CollectorManager<BestFirst.Segments, BestFirst.Page> {

	/** The sort this answers: best first, ties by id. */
	static final Sort SORT = new Sort(SortField.FIELD_SCORE, new SortField(ArticleDocuments.ID, SortField.Type.STRING));

	private final int wanted;

	private final OrdinalMap idOrder;

	private final boolean countedApart;

	/**
	 * Collects the best hits and counts every match.
	 * @param wanted how many: the page's and those of the pages before it
	 * @param idOrder the ids' order across the searched reader's segments, as
	 * {@link #idOrder(IndexReader)} made it for that reader
	 */
	BestFirst(int wanted, OrdinalMap idOrder) {
		this(wanted, idOrder, false);
	}

	/**
	 * Collects the best hits.
	 * @param wanted how many: the page's and those of the pages before it
	 * @param idOrder the ids' order across the searched reader's segments, as
	 * {@link #idOrder(IndexReader)} made it for that reader
	 * @param countedApart whether the caller knows the total: the matches that cannot
	 * enter are then skipped, and the page's total counts only those the scorer gave
	 */
	BestFirst(int wanted, OrdinalMap idOrder, boolean countedApart) {
		this.wanted = wanted;
		this.idOrder = idOrder;
		this.countedApart = countedApart;
	}

	/**
	 * The ids' order across a reader's segments: each segment's id ordinals mapped to
	 * ordinals over all of them, in the ids' order.
	 * @param reader the reader
	 * @return the order, for every search of that reader
	 * @throws IOException if the index cannot be read
	 */
	static OrdinalMap idOrder(IndexReader reader) throws IOException {
		List<LeafReaderContext> leaves = reader.leaves();
		SortedDocValues[] ids = new SortedDocValues[leaves.size()];
		for (LeafReaderContext leaf : leaves) {
			ids[leaf.ord] = DocValues.getSorted(leaf.reader(), ArticleDocuments.ID);
		}
		return OrdinalMap.build(null, ids, PackedInts.DEFAULT);
	}

	@Override
	public Segments newCollector() {
		return new Segments(this.wanted, this.countedApart);
	}

	@Override
	public Page reduce(Collection<Segments> collectors) throws IOException {
		List<Segment> segments = new ArrayList<>();
		long total = 0;
		long scored = 0;
		for (Segments collector : collectors) {
			segments.addAll(collector.segments);
			total += collector.total;
			scored += collector.scored;
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Segment segment : segments) {
			LongValues globalOrds = this.idOrder.getGlobalOrds(segment.leaf);
			for (int i = 0; i < segment.size; i++) {
				int ord = segment.ords[i];
				candidates.add(new Candidate(segment.docBase + segment.docs[i], segment.scores[i],
						(ord < 0) ? -1 : globalOrds.get(ord)));
			}
		}
		candidates.sort(Candidate::compareTo);
		int size = Math.min(this.wanted, candidates.size());
		ScoreDoc[] best = new ScoreDoc[size];
		for (int i = 0; i < size; i++) {
			Candidate candidate = candidates.get(i);
			best[i] = new ScoreDoc(candidate.doc(), candidate.score());
		}
		return new Page(total, best, scored);
	}

	/**
	 * The best hits, best first, and how many matched in all.
	 *
	 * @param total every match counted
	 * @param hits the best hits, their docs in the searcher's numbering
	 * @param scored how many matches were scored
	 */
	record Page(long total, ScoreDoc[] hits, long scored) {

	}

	/** The hits of the segments one collector was given. */
	static final class Segments implements Collector {

		private final int wanted;

		private final boolean countedApart;

		private final List<Segment> segments = new ArrayList<>();

		private long total;

		private long scored;

		Segments(int wanted, boolean countedApart) {
			this.wanted = wanted;
			this.countedApart = countedApart;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			Segment segment = new Segment(context, this.wanted, floor());
			this.segments.add(segment);
			if (this.countedApart) {
				return new Skipping(segment);
			}
			return new LeafCollector() {

				private Scorable scorer;

				private DocumentAtATime.Bounded bounded;

				@Override
				public void setScorer(Scorable scorer) {
					this.scorer = scorer;
					this.bounded = (scorer instanceof DocumentAtATime.Bounded known) ? known : null;
				}

				@Override
				public void collect(int doc) throws IOException {
					Segments.this.total++;
					if (segment.bar != Float.NEGATIVE_INFINITY && this.bounded != null
							&& this.bounded.maxScore(doc) < segment.bar) {
						return;
					}
					Segments.this.scored++;
					segment.offer(doc, this.scorer.score());
				}

			};
		}

		// The least score the hits of the next segment must reach to enter the page:
		// the segments before hold as many hits as wanted at or above it.
		private float floor() {
			int held = 0;
			for (Segment segment : this.segments) {
				held += segment.size;
			}
			if (held < this.wanted) {
				return Float.NEGATIVE_INFINITY;
			}
			float[] scores = new float[held];
			int at = 0;
			for (Segment segment : this.segments) {
				System.arraycopy(segment.scores, 0, scores, at, segment.size);
				at += segment.size;
			}
			Arrays.sort(scores);
			return scores[held - this.wanted];
		}

		@Override
		public ScoreMode scoreMode() {
			return this.countedApart ? ScoreMode.TOP_SCORES : ScoreMode.COMPLETE;
		}

		/**
		 * Offers the scorer's matches to the segment's best, and tells the scorer the
		 * least that can still enter each time it rises.
		 */
		private final class Skipping implements LeafCollector {

			private final Segment segment;

			private Scorable scorer;

			/** The least told to the scorer so far. */
			private float told = Float.NEGATIVE_INFINITY;

			Skipping(Segment segment) {
				this.segment = segment;
			}

			@Override
			public void setScorer(Scorable scorer) throws IOException {
				this.scorer = scorer;
				this.told = Float.NEGATIVE_INFINITY;
				tell();
			}

			@Override
			public void collect(int doc) throws IOException {
				Segments.this.total++;
				Segments.this.scored++;
				this.segment.offer(doc, this.scorer.score());
				tell();
			}

			private void tell() throws IOException {
				// Scores are never negative: a bar below zero skips nothing.
				if (this.segment.bar > this.told && this.segment.bar > 0) {
					this.told = this.segment.bar;
					this.scorer.setMinCompetitiveScore(this.told);
				}
			}

		}

	}

	/**
	 * One segment's best hits so far: a heap with the least of them on top (the lowest
	 * score, of those the greatest id).
	 */
	private static final class Segment {

		private final int docBase;

		/** The segment's place among the reader's. */
		private final int leaf;

		private final SortedDocValues ids;

		private final int capacity;

		private final float[] scores;

		private final int[] ords;

		private final int[] docs;

		private int size;

		/**
		 * Hits scoring less than this cannot enter the page: the segments before hold
		 * enough.
		 */
		private final float floor;

		/**
		 * Hits scoring less than this cannot enter the page: the floor, or once this
		 * segment holds as many hits as wanted, the least of them if higher.
		 */
		private float bar;

		Segment(LeafReaderContext context, int capacity, float floor) throws IOException {
			this.floor = floor;
			this.bar = floor;
			this.docBase = context.docBase;
			this.leaf = context.ord;
			this.ids = DocValues.getSorted(context.reader(), ArticleDocuments.ID);
			this.capacity = capacity;
			int room = Math.min(capacity, Math.max(1, context.reader().maxDoc()));
			this.scores = new float[room];
			this.ords = new int[room];
			this.docs = new int[room];
		}

		// Docs come in increasing order within a segment, as the ids' doc values read.
		void offer(int doc, float score) throws IOException {
			if (score < this.floor) {
				return;
			}
			if (this.size == this.capacity) {
				int byScore = Float.compare(score, this.scores[0]);
				if (byScore < 0) {
					return;
				}
				int ord = ordOf(doc);
				if (byScore == 0 && ord >= this.ords[0]) {
					return;
				}
				this.scores[0] = score;
				this.ords[0] = ord;
				this.docs[0] = doc;
				down(0);
			}
			else {
				int slot = this.size++;
				this.scores[slot] = score;
				this.ords[slot] = ordOf(doc);
				this.docs[slot] = doc;
				up(slot);
			}
			if (this.size == this.capacity) {
				this.bar = Math.max(this.floor, this.scores[0]);
			}
		}

		private int ordOf(int doc) throws IOException {
			// Without an id (never written so), first, as Lucene sorts a missing string.
			return this.ids.advanceExact(doc) ? this.ids.ordValue() : -1;
		}

		// Whether the hit in slot a is worse than the one in slot b.
		private boolean worse(int a, int b) {
			int byScore = Float.compare(this.scores[a], this.scores[b]);
			return (byScore != 0) ? byScore < 0 : this.ords[a] > this.ords[b];
		}

		private void up(int slot) {
			while (slot > 0) {
				int parent = (slot - 1) / 2;
				if (!worse(slot, parent)) {
					return;
				}
				swap(slot, parent);
				slot = parent;
			}
		}

		private void down(int slot) {
			while (true) {
				int child = 2 * slot + 1;
				if (child >= this.size) {
					return;
				}
				if (child + 1 < this.size && worse(child + 1, child)) {
					child++;
				}
				if (!worse(child, slot)) {
					return;
				}
				swap(slot, child);
				slot = child;
			}
		}

		private void swap(int a, int b) {
			float score = this.scores[a];
			this.scores[a] = this.scores[b];
			this.scores[b] = score;
			int ord = this.ords[a];
			this.ords[a] = this.ords[b];
			this.ords[b] = ord;
			int doc = this.docs[a];
			this.docs[a] = this.docs[b];
			this.docs[b] = doc;
		}

	}

	/**
	 * A hit left in some segment's best at the end.
	 *
	 * @param doc its doc in the searcher's numbering
	 * @param score its score
	 * @param idOrd its id's global ordinal, -1 without an id
	 */
	private record Candidate(int doc, float score, long idOrd) implements Comparable<Candidate> {

		// Best first: higher score, then the smaller id (a missing one first), then the
		// first document, as Lucene breaks the ties left.
		@Override
		public int compareTo(Candidate other) {
			int byScore = Float.compare(other.score, this.score);
			if (byScore != 0) {
				return byScore;
			}
			int byId = Long.compare(this.idOrd, other.idOrd);
			return (byId != 0) ? byId : Integer.compare(this.doc, other.doc);
		}

	}

}
