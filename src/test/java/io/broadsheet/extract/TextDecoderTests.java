package io.broadsheet.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTests {

	@Test
	void decodesUtf8AndDropsByteOrderMark() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "Ärger in Köln".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(text, 0, content, bom.length, text.length);
		assertThat(TextDecoder.decode(content)).isEqualTo("Ärger in Köln");
	}

	@Test
	void fallsBackToWindows1252WhenBytesAreNotUtf8() {
		byte[] content = "Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5".getBytes(Charset.forName("windows-1252"));
		assertThat(TextDecoder.decode(content)).isEqualTo("Café “quoted” – €5");
	}

	@Test
	void decodesUtf16WithByteOrderMark() {
		byte[] content = "\uFEFFПривет".getBytes(StandardCharsets.UTF_16LE);
		assertThat(TextDecoder.decode(content)).isEqualTo("Привет");
	}

	@Test
	void decodesUtf16BigEndianAndUtf32ByTheirByteOrderMarks() {
		assertThat(TextDecoder.decode("\uFEFFΚαλημέρα".getBytes(StandardCharsets.UTF_16BE))).isEqualTo("Καλημέρα");
		assertThat(TextDecoder.decode("\uFEFFGrüße 😀".getBytes(Charset.forName("UTF-32LE")))).isEqualTo("Grüße 😀");
		assertThat(TextDecoder.decode("\uFEFFGrüße".getBytes(Charset.forName("UTF-32BE")))).isEqualTo("Grüße");
	}

	@Test
	void saysWhyBytesAreNoTextItReads() {
		assertThat(TextDecoder.whyNotText("Plain text, ünïcode".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(TextDecoder.whyNotText("\uFEFFSaved by Notepad\r\n".getBytes(StandardCharsets.UTF_16LE))).isNull();
		assertThat(TextDecoder.whyNotText("\uFEFFПривет, мир".getBytes(StandardCharsets.UTF_16BE))).isNull();
		assertThat(TextDecoder.whyNotText("\uFEFFFour bytes".getBytes(Charset.forName("UTF-32LE")))).isNull();
		assertThat(TextDecoder.whyNotText("No mark, English".getBytes(StandardCharsets.UTF_16LE)))
			.startsWith("looks like UTF-16 text (little-endian) without a byte-order mark");
		assertThat(TextDecoder.whyNotText("Без метки, по-русски 2024".getBytes(StandardCharsets.UTF_16BE)))
			.startsWith("looks like UTF-16 text (big-endian)");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThat(TextDecoder.whyNotText(png)).isEqualTo("binary content, not text");
		byte[] strayNul = ("A text file of some length with one NUL byte in it: " + "x".repeat(200) + "\u0000 end")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(TextDecoder.whyNotText(strayNul)).isEqualTo("binary content, not text");
		byte[] markedBinary = { (byte) 0xFF, (byte) 0xFE, 'a', 0, 0, 0, 'b', 0 };
		assertThat(TextDecoder.whyNotText(markedBinary)).isEqualTo("binary content, not text");
	}

	@Test
	void turnsCrLfAndCrIntoOneLineFeedEach() {
		assertThat(TextDecoder.decode("a\r\nb\rc\n\r\nd".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\nb\nc\n\nd");
	}

	@Test
	void replacesExoticSpacesAndDropsInvisibleCharacters() {
		String raw = "New\u00A0York\u200B is\u202Fbig\u00AD\u2060ger\u200E\tnow\u0007";
		assertThat(TextDecoder.normalise(raw)).isEqualTo("New York is bigger now");
	}

	@Test
	void keepsTheJoinersThatSpellWords() {
		// Persian "بزرگ‌ترین" (the biggest) is two parts of one word; without the
		// non-joiner it is spelt as another word
		assertThat(TextDecoder.normalise("بزرگ\u200Cترین")).isEqualTo("بزرگ\u200Cترین");
	}

	@Test
	void composesDecomposedAccents() {
		assertThat(TextDecoder.normalise("Pe\u0301rez")).isEqualTo("P\u00e9rez");
	}

	@Test
	void keepsLineCountWhenRemovingCharacters() {
		String raw = "one\u200B\n\u00A0\ntwo\u2028three";
		assertThat(TextDecoder.normalise(raw).split("\n", -1)).hasSize(3);
	}

	@Test
	void decodesEmptyInputToEmptyText() {
		assertThat(TextDecoder.decode(new byte[0])).isEmpty();
		assertThat(TextDecoder.decode(null)).isEmpty();
	}

	@Test
	void keepsAReplacementCharacterTheFileHoldsAndStillFallsBackOnMalformedBytes() {
		assertThat(TextDecoder.decode("a \uFFFD b é".getBytes(StandardCharsets.UTF_8))).isEqualTo("a  b é");
		byte[] malformed = { 'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD };
		assertThat(TextDecoder.decode(malformed)).isEqualTo("Café ï¿½");
	}

	@Test
	void composesDecomposedAccentsButLeavesPrecomposedLatinAlone() {
		assertThat(TextDecoder.decode("Ko\u0308ln".getBytes(StandardCharsets.UTF_8))).isEqualTo("Köln");
		assertThat(TextDecoder.decode("Köln, Ærø, Łódź".getBytes(StandardCharsets.UTF_8))).isEqualTo("Köln, Ærø, Łódź");
	}

}
