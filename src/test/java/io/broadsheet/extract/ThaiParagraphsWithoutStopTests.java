package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thai paragraphs of one clause break lost from a Thai page (body47). Thai writes no full
 * stop and has no stop words the locator counts: a paragraph reads as text by its spaces
 * between two Thai words, each a sentence's end. A long paragraph with two such spaces or
 * more read as good, one with one space as furniture, so a mayor's quote and the
 * paragraphs under a caption or a read-also teaser were cut from the article. One space
 * in a paragraph of a long paragraph's length now reads as near-good: text when text
 * stands near it. The look-alikes: short Thai lines with a space (a read-also teaser, a
 * related story's headline, a copyright line) and the tags stay out.
 */
class ThaiParagraphsWithoutStopTests extends WholePageTests {

	private static final String PAGE_WITH_CAPTION_AND_TEASER = """
			ขอนแก่นเปิดห้องสมุดเคลื่อนที่ หวังเพิ่มการอ่านในชุมชน - ข่าวอีสาน
			ข่าวอีสาน
			หน้าแรก
			ข่าว
			กีฬา
			บันเทิง
			หน้าแรก > ข่าวขอนแก่น > การศึกษา
			ขอนแก่นเปิดห้องสมุดเคลื่อนที่ หวังเพิ่มการอ่านในชุมชน
			โดย สุดารัตน์ ทองดี
			3 ธ.ค. 2569 10:15 น.
			แชร์
			เทศบาลนครขอนแก่นเปิดตัวรถห้องสมุดเคลื่อนที่คันแรกเมื่อเช้าวันนี้ โดยรถจะตระเวนไปตามชุมชนต่าง ๆ ทั้งหมด 24 แห่งสัปดาห์ละห้าวัน พร้อมหนังสือกว่า 3,000 เล่มสำหรับเด็กและผู้ใหญ่
			รถห้องสมุดเคลื่อนที่จอดให้บริการหน้าโรงเรียนบ้านโนนทัน ภาพ: วิชัย แสงทอง
			รองนายกเทศมนตรีนครขอนแก่นกล่าวว่า รถห้องสมุดจะช่วยให้เด็กในชุมชนที่อยู่ห่างจากห้องสมุดประชาชนได้อ่านหนังสือมากขึ้น
			"เด็กหลายคนไม่เคยมีหนังสือเป็นของตัวเองเลย เราอยากให้ทุกบ้านได้ยืมหนังสือกลับไปอ่าน" รองนายกเทศมนตรีกล่าว
			อ่านเพิ่มเติม: ขอนแก่นจัดงานมหกรรมหนังสือริมบึงแก่นนคร
			ผู้ที่ต้องการยืมหนังสือสามารถลงทะเบียนได้ที่รถห้องสมุดโดยใช้บัตรประชาชนเพียงใบเดียว ไม่มีค่าใช้จ่ายใด ๆ
			แท็ก
			ขอนแก่น
			ห้องสมุด
			ข่าวที่เกี่ยวข้อง
			ขอนแก่นเพิ่มรถเมล์สายใหม่ รับนักศึกษา
			เกี่ยวกับเรา
			ติดต่อโฆษณา
			นโยบายความเป็นส่วนตัว
			ร่วมงานกับเรา
			ติดตามเรา
			Facebook
			LINE
			YouTube
			© 2569 ข่าวอีสาน สงวนลิขสิทธิ์
			""";

	// Each paragraph under the first has one space between two Thai words: read as
	// furniture, the article was its first paragraph alone.
	@Test
	void keepsTheParagraphsUnderACaptionAndATeaser() {
		ParsedArticle article = extract(PAGE_WITH_CAPTION_AND_TEASER);
		assertThat(article.body()).startsWith("เทศบาลนครขอนแก่นเปิดตัวรถห้องสมุดเคลื่อนที่")
			.contains("รองนายกเทศมนตรีนครขอนแก่นกล่าวว่า", "\"เด็กหลายคนไม่เคยมีหนังสือ")
			.endsWith("ไม่มีค่าใช้จ่ายใด ๆ");
	}

	// The short lines keep out: the teaser, the tags, the related headline and the
	// copyright line. (The caption stays in, as before: its Thai label is not read as a
	// caption's.)
	@Test
	void leavesTheShortLinesOut() {
		ParsedArticle article = extract(PAGE_WITH_CAPTION_AND_TEASER);
		assertThat(article.body()).doesNotContain("อ่านเพิ่มเติม", "แท็ก", "รถเมล์สายใหม่", "สงวนลิขสิทธิ์");
	}

}
