import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Whether this JVM copies a byte array right after another copy of it correctly once C2 has
 * compiled the copy, with the JVM flags it is run with. Run it with the flag in question:
 *
 * <pre>
 *   java -Xbatch -XX:+UseCompactObjectHeaders src/bench/CompactHeadersProbe.java   # exit 1: wrong bytes
 *   java -Xbatch -XX:-UseCompactObjectHeaders src/bench/CompactHeadersProbe.java   # the control
 * </pre>
 *
 * -Xbatch (compile in the foreground) makes the answer come within the first 10,000 or so
 * rounds; without it the probe loops for 5 seconds, and C2 may still be compiling then.
 *
 * Why: with compact object headers a byte array's data starts 12 bytes into the object, not
 * 16, and C2 up to JDK 25.0.3 at least then copies the first four bytes of an array it has
 * just filled by another copy as zeros (JDK-8380060, fixed in the JDK's mainline in April
 * 2026). The shapes below are everyday ones: StringBuilder.toString() and then getBytes(),
 * a substring of a fresh string, a clone and then a copy of it. Broadsheet does all three on
 * every article it stores and every answer it writes, so a JDK that fails this must not run it
 * with the flag. Single-file source (no build needed); bounded: a few seconds.
 */
public class CompactHeadersProbe {

	private static final byte[] TEXT = "Broadsheet probe: the quick brown fox, 0123456789".getBytes(StandardCharsets.US_ASCII);

	private static byte[] builtThenEncoded(int n) {
		StringBuilder builder = new StringBuilder(64);
		builder.append("article-").append(n % 10).append("-of-the-corpus");
		return builder.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String slicedFresh(int length) {
		@SuppressWarnings("deprecation")
		String whole = new String(TEXT, 0, 0, TEXT.length);
		return whole.substring(0, length);
	}

	private static byte[] clonedThenCopied(int length) {
		byte[] copy = TEXT.clone();
		return Arrays.copyOfRange(copy, 0, length);
	}

	public static void main(String[] args) {
		long deadline = System.nanoTime() + 5_000_000_000L;
		String expectedSlice = new String(TEXT, 0, 23, StandardCharsets.US_ASCII);
		for (int i = 0; System.nanoTime() < deadline; i++) {
			byte[] built = builtThenEncoded(i);
			String expectedBuilt = "article-" + (i % 10) + "-of-the-corpus";
			if (!expectedBuilt.equals(new String(built, StandardCharsets.UTF_8))) {
				fail(i, "StringBuilder.toString().getBytes()", expectedBuilt, new String(built, StandardCharsets.UTF_8));
			}
			String slice = slicedFresh(23);
			if (!expectedSlice.equals(slice)) {
				fail(i, "a substring of a fresh string", expectedSlice, slice);
			}
			byte[] copied = clonedThenCopied(23);
			if (!Arrays.equals(copied, 0, 23, TEXT, 0, 23)) {
				fail(i, "a copy of a clone", expectedSlice, new String(copied, StandardCharsets.US_ASCII));
			}
		}
		System.out.println("ok: every copy right (" + System.getProperty("java.vm.version") + ")");
	}

	private static void fail(int iteration, String shape, String expected, String got) {
		System.out.println("WRONG BYTES at iteration " + iteration + " (" + shape + "): expected '" + expected
				+ "', got '" + got.replace("\0", "\\0") + "' (" + System.getProperty("java.vm.version") + ")");
		System.exit(1);
	}

}
