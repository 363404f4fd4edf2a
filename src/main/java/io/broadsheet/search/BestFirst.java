package io.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The best hits by score, ties broken by id, and the count of every match, in one pass:
 * what Lucene's field-sorted collector answers for the sort (score, id), for less.
 * <p>
 * That collector keeps each hit that enters the page with its id's bytes, so that hits of
 * different segments compare; reading an id's bytes decompresses a block of the id
 * dictionary, and while the page fills, most matches enter it: 7 % of a search's CPU at
 * 10k articles. Within one segment the ids' ordinals are in the ids' order, so here each
 * segment keeps its own best hits by score and ordinal, and only the few that are left at
 * the end are compared across segments by their ids' bytes. The page is the same.
 */
final class BestFirst implements CollectorManager<BestFirst.Segments, BestFirst.Page> {

	/** The sort this answers: best first, ties by id. */
	static final Sort SORT = new Sort(SortField.FIELD_SCORE, new SortField(ArticleDocuments.ID, SortField.Type.STRING));

	private final int wanted;

	/**
	 * Collects the best hits.
	 * @param wanted how many: the page's and those of the pages before it
	 */
	BestFirst(int wanted) {
		this.wanted = wanted;
	}

	@Override
	public Segments newCollector() {
		return new Segments(this.wanted);
	}

	@Override
	public Page reduce(Collection<Segments> collectors) throws IOException {
		List<Segment> segments = new ArrayList<>();
		long total = 0;
		for (Segments collector : collectors) {
			segments.addAll(collector.segments);
			total += collector.total;
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Segment segment : segments) {
			for (int i = 0; i < segment.size; i++) {
				candidates.add(new Candidate(segment, segment.scores[i], segment.ords[i], segment.docs[i]));
			}
		}
		candidates.sort(Candidate::compareTo);
		int size = Math.min(this.wanted, candidates.size());
		ScoreDoc[] best = new ScoreDoc[size];
		for (int i = 0; i < size; i++) {
			Candidate candidate = candidates.get(i);
			best[i] = new ScoreDoc(candidate.segment.docBase + candidate.doc, candidate.score);
		}
		return new Page(total, best);
	}

	/**
	 * The best hits, best first, and how many matched in all.
	 *
	 * @param total every match counted
	 * @param hits the best hits, their docs in the searcher's numbering
	 */
	record Page(long total, ScoreDoc[] hits) {

	}

	/** The hits of the segments one collector was given. */
	static final class Segments implements Collector {

		private final int wanted;

		private final List<Segment> segments = new ArrayList<>();

		private long total;

		Segments(int wanted) {
			this.wanted = wanted;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			Segment segment = new Segment(context, this.wanted);
			this.segments.add(segment);
			return new LeafCollector() {

				private Scorable scorer;

				@Override
				public void setScorer(Scorable scorer) {
					this.scorer = scorer;
				}

				@Override
				public void collect(int doc) throws IOException {
					Segments.this.total++;
					segment.offer(doc, this.scorer.score());
				}

			};
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE;
		}

	}

	/**
	 * One segment's best hits so far: a heap with the least of them on top (the lowest
	 * score, of those the greatest id).
	 */
	private static final class Segment {

		private final int docBase;

		private final SortedDocValues ids;

		private final int capacity;

		private final float[] scores;

		private final int[] ords;

		private final int[] docs;

		private int size;

		Segment(LeafReaderContext context, int capacity) throws IOException {
			this.docBase = context.docBase;
			this.ids = DocValues.getSorted(context.reader(), ArticleDocuments.ID);
			this.capacity = capacity;
			int room = Math.min(capacity, Math.max(1, context.reader().maxDoc()));
			this.scores = new float[room];
			this.ords = new int[room];
			this.docs = new int[room];
		}

		// Docs come in increasing order within a segment, as the ids' doc values read.
		void offer(int doc, float score) throws IOException {
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

		BytesRef id(int ord) throws IOException {
			return (ord < 0) ? null : BytesRef.deepCopyOf(this.ids.lookupOrd(ord));
		}

	}

	/** A hit left in some segment's best at the end. */
	private static final class Candidate implements Comparable<Candidate> {

		private final Segment segment;

		private final float score;

		private final int ord;

		private final int doc;

		/** Its id's bytes, read only to compare it with a hit of another segment. */
		private BytesRef id;

		private boolean idRead;

		Candidate(Segment segment, float score, int ord, int doc) {
			this.segment = segment;
			this.score = score;
			this.ord = ord;
			this.doc = doc;
		}

		// Best first: higher score, then the smaller id (a missing one first), then the
		// first document, as Lucene breaks the ties left.
		@Override
		public int compareTo(Candidate other) {
			int byScore = Float.compare(other.score, this.score);
			if (byScore != 0) {
				return byScore;
			}
			int byId = (this.segment == other.segment) ? Integer.compare(this.ord, other.ord) : compareIds(other);
			return (byId != 0) ? byId
					: Integer.compare(this.segment.docBase + this.doc, other.segment.docBase + other.doc);
		}

		private int compareIds(Candidate other) {
			BytesRef id = id();
			BytesRef otherId = other.id();
			if (id != null && otherId != null) {
				return id.compareTo(otherId);
			}
			if (id != null) {
				return 1;
			}
			return (otherId != null) ? -1 : 0;
		}

		private BytesRef id() {
			if (!this.idRead) {
				try {
					this.id = this.segment.id(this.ord);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.idRead = true;
			}
			return this.id;
		}

	}

}
