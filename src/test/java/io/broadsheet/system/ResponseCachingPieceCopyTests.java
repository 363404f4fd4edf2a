package io.broadsheet.system;

import java.io.ByteArrayOutputStream;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copy of an answer the response cache keeps holds exactly the bytes written, however
 * they were written, and gives up once the answer is too large to keep.
 */
class ResponseCachingPieceCopyTests {

	private static final int PIECE = ResponseCachingFilter.PieceCopy.PIECE_BYTES;

	@Test
	void keepsEveryByteInOrderAcrossPieces() {
		byte[] answer = randomBytes(3 * PIECE + 123);
		ResponseCachingFilter.PieceCopy copy = new ResponseCachingFilter.PieceCopy();
		// Writes of every shape: single bytes, pieces straddling a boundary, one larger
		// than a piece.
		int at = 0;
		for (int i = 0; i < 10; i++) {
			assertThat(copy.add(answer[at++])).isTrue();
		}
		assertThat(copy.add(answer, at, PIECE)).isTrue();
		at += PIECE;
		assertThat(copy.add(answer, at, 2 * PIECE - 50)).isTrue();
		at += 2 * PIECE - 50;
		while (at < answer.length) {
			assertThat(copy.add(answer[at++])).isTrue();
		}
		assertThat(copy.size()).isEqualTo(answer.length);
		assertThat(joined(copy)).isEqualTo(answer);
		// Only the last piece is cut to size; the others are whole.
		assertThat(copy.pieces()).hasSize(4).allSatisfy((piece) -> assertThat(piece.length).isPositive());
		assertThat(copy.pieces().get(3)).hasSize(123);
	}

	@Test
	void anAnswerOfWholePiecesLeavesNoEmptyPiece() {
		byte[] answer = randomBytes(2 * PIECE);
		ResponseCachingFilter.PieceCopy copy = new ResponseCachingFilter.PieceCopy();
		assertThat(copy.add(answer, 0, answer.length)).isTrue();
		assertThat(copy.pieces()).hasSize(2);
		assertThat(joined(copy)).isEqualTo(answer);
	}

	@Test
	void anEmptyAnswerHasNoPieces() {
		assertThat(new ResponseCachingFilter.PieceCopy().pieces()).isEmpty();
	}

	@Test
	void givesUpPastTheLargestAnswerKept() {
		ResponseCachingFilter.PieceCopy copy = new ResponseCachingFilter.PieceCopy();
		byte[] chunk = randomBytes(PIECE);
		int written = 0;
		while (written + PIECE <= ResponseCachingFilter.MAX_ENTRY_BYTES) {
			assertThat(copy.add(chunk, 0, PIECE)).isTrue();
			written += PIECE;
		}
		assertThat(copy.add(chunk, 0, 1)).isFalse();
		assertThat(copy.add(0)).isFalse();
	}

	private static byte[] joined(ResponseCachingFilter.PieceCopy copy) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		copy.pieces().forEach(out::writeBytes);
		return out.toByteArray();
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		return bytes;
	}

}
