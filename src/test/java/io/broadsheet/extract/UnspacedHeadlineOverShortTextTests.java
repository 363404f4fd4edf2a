package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round script59: a short page in Thai, Lao or Khmer, whose headline is written without a
 * space and whose few short paragraphs close with no stop. The locator finds no text on
 * such a page and the reader reads it from its top, where the headline, one "word"
 * between spaces, was no headline: the title was derived from the menu's first entry, and
 * the menu and the headline opened the body (Thai, Khmer), or the first paragraph, which
 * has spaces, was taken for the headline and lost (Lao). The headline's words are counted
 * by its letters there, as the headline finder counts them. Invented pages, real
 * news-site words.
 */
class UnspacedHeadlineOverShortTextTests extends WholePageTests {

	// menu, headline, byline, date line, three paragraphs without a stop, a related list
	// under its heading, the footer
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"หน้าแรก;ข่าว;ภูมิภาค;กีฬา|ลำปางเปิดลานรถม้าแห่งใหม่หน้าสถานีรถไฟ|โดย สมชาย ใจดี|7 ธันวาคม 2569"
					+ "|เทศบาลนครลำปางเปิดลานจอดรถม้าแห่งใหม่หน้าสถานีรถไฟ เมื่อเช้าวันจันทร์"
					+ "|ลานแห่งนี้รับรถม้าได้ 20 คัน และมีหลังคากันแดดกันฝน"
					+ "|คนขับรถม้ากล่าวว่าลานใหม่ช่วยให้นักท่องเที่ยวหาได้ง่ายขึ้น"
					+ "|ข่าวที่เกี่ยวข้อง;เชียงรายจัดงานดอกไม้งามประจำปีที่สวนสาธารณะริมแม่น้ำกก;ติดต่อเรา;© 2569 ลำปางนิวส์",
			"ໜ້າຫຼັກ;ຂ່າວ;ແຂວງ;ກິລາ|ວັງວຽງເປີດທ່າເຮືອໃໝ່ຢູ່ແຄມນ້ຳຊອງ|ໂດຍ ສົມສັກ ວົງສະຫວັນ|7 ທັນວາ 2026"
					+ "|ເມືອງວັງວຽງ ໄດ້ເປີດທ່າເຮືອໃໝ່ຢູ່ແຄມນ້ຳຊອງ ໃນຕອນເຊົ້າວັນຈັນ"
					+ "|ທ່າເຮືອນີ້ຮັບເຮືອໄດ້ 20 ລຳ ແລະ ມີຫຼັງຄາກັນແດດກັນຝົນ"
					+ "|ຄົນຂັບເຮືອກ່າວວ່າ ທ່າເຮືອໃໝ່ຊ່ວຍໃຫ້ນັກທ່ອງທ່ຽວຊອກຫາງ່າຍຂຶ້ນ"
					+ "|ຂ່າວທີ່ກ່ຽວຂ້ອງ;ຫຼວງພະບາງຈັດງານບຸນຊ່ວງເຮືອປະຈຳປີຢູ່ແຄມແມ່ນ້ຳຂອງ;ຕິດຕໍ່ພວກເຮົາ;© 2026 ວັງວຽງນິວສ໌",
			"ទំព័រដើម;ព័ត៌មាន;ខេត្ត;កីឡា|កំពតបើកកំពង់ផែទូកថ្មីនៅមាត់ទន្លេ|ដោយ៖ សុខ ចាន់ធី|ថ្ងៃទី៧ ខែធ្នូ ឆ្នាំ២០២៦"
					+ "|ខេត្តកំពតបានបើកកំពង់ផែទូកថ្មីមួយនៅមាត់ទន្លេ កាលពីព្រឹកថ្ងៃច័ន្ទ"
					+ "|កំពង់ផែនេះអាចទទួលទូកបាន ២០គ្រឿង ហើយមានដំបូលការពារកម្តៅថ្ងៃ"
					+ "|អ្នកបើកទូកបាននិយាយថា កំពង់ផែថ្មីជួយឱ្យភ្ញៀវទេសចររកឃើញងាយស្រួល"
					+ "|ព័ត៌មានទាក់ទង;សៀមរាបរៀបចំពិធីបុណ្យអុំទូកប្រចាំឆ្នាំនៅមាត់ទន្លេសៀមរាប;ទំនាក់ទំនង;© ២០២៦ កំពតញូស៍" })
	void takesTheUnspacedHeadlineOfAShortPageAndStartsTheBodyAtItsText(String menu, String headline, String byline,
			String dateLine, String first, String second, String third, String foot) {
		String page = String.join("\n\n", menu.replace(';', '\n'), headline, byline, dateLine, first, second, third,
				foot.replace(';', '\n'));
		ParsedArticle article = extract(page);
		assertThat(article.title().value()).isEqualTo(headline);
		assertThat(article.body()).startsWith(first).contains(second, third).doesNotContain(headline);
	}

	// The words of a line written without spaces are counted by its letters in Thai, Lao
	// and Khmer (three a word): a headline is a dozen, a menu's entry of one or two words
	// stays short. Burmese spaces a headline's phrases and is counted by its spaces: its
	// menu's "home page" (ပင်မစာမျက်နှာ), one run of seven letters, is no headline.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "ลำปางเปิดลานรถม้าแห่งใหม่หน้าสถานีรถไฟ|true", "หน้าแรก|false", "ต่างประเทศ|false",
					"ข้ามไปยังเนื้อหาหลัก|false", "ວັງວຽງເປີດທ່າເຮືອໃໝ່ຢູ່ແຄມນ້ຳຊອງ|true",
					"កំពតបើកកំពង់ផែទូកថ្មីនៅមាត់ទន្លេ|true", "ទំព័រដើម|false", "ပင်မစာမျက်နှာ|false",
					"ပုဂံတွင် မြင်းလှည်းရပ်နားရာနေရာသစ် ဖွင့်လှစ်|true" })
	void countsTheWordsOfAnUnspacedLineByItsLetters(String line, boolean headline) {
		assertThat(TitleDetector.isHeadline(line)).isEqualTo(headline);
	}

	// Round review59c: a prompt, a cookie's notice or a teaser's headline set without a
	// space over the headline of a short page is a headline by its letters too; the
	// headline is the one directly above the byline or the date line.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ទំព័រដើម;ព័ត៌មាន;ខេត្ត;កីឡា|គេហទំព័រនេះប្រើខូឃីដើម្បីកែលម្អបទពិសោធន៍|កំពតបើកកំពង់ផែទូកថ្មីនៅមាត់ទន្លេ|ដោយ៖ សុខ ចាន់ធី"
					+ "|ថ្ងៃទី៧ ខែធ្នូ ឆ្នាំ២០២៦|ខេត្តកំពតបានបើកកំពង់ផែទូកថ្មីមួយនៅមាត់ទន្លេ កាលពីព្រឹកថ្ងៃច័ន្ទ"
					+ "|កំពង់ផែនេះអាចទទួលទូកបាន ២០គ្រឿង ហើយមានដំបូលការពារកម្តៅថ្ងៃ",
			"ទំព័រដើម;ព័ត៌មាន;ខេត្ត;កីឡា|សូមចុចទីនេះដើម្បីអានព័ត៌មានបន្ថែម|កំពតបើកកំពង់ផែទូកថ្មីនៅមាត់ទន្លេ|ដោយ៖ សុខ ចាន់ធី"
					+ "|ថ្ងៃទី៧ ខែធ្នូ ឆ្នាំ២០២៦|ខេត្តកំពតបានបើកកំពង់ផែទូកថ្មីមួយនៅមាត់ទន្លេ កាលពីព្រឹកថ្ងៃច័ន្ទ"
					+ "|កំពង់ផែនេះអាចទទួលទូកបាន ២០គ្រឿង ហើយមានដំបូលការពារកម្តៅថ្ងៃ",
			"ໜ້າຫຼັກ;ຂ່າວ;ແຂວງ;ກິລາ|ສະໝັກສະມາຊິກເພື່ອຮັບຂ່າວສານລ່າສຸດ|ວັງວຽງເປີດທ່າເຮືອໃໝ່ຢູ່ແຄມນ້ຳຊອງ|ໂດຍ ສົມສັກ ວົງສະຫວັນ"
					+ "|7 ທັນວາ 2026|ເມືອງວັງວຽງ ໄດ້ເປີດທ່າເຮືອໃໝ່ຢູ່ແຄມນ້ຳຊອງ ໃນຕອນເຊົ້າວັນຈັນ"
					+ "|ທ່າເຮືອນີ້ຮັບເຮືອໄດ້ 20 ລຳ ແລະ ມີຫຼັງຄາກັນແດດກັນຝົນ" })
	void takesTheHeadlineOverTheBylineNotTheNoticeOverIt(String menu, String notice, String headline, String byline,
			String dateLine, String first, String second) {
		String page = String.join("\n\n", menu.replace(';', '\n'), notice, headline, byline, dateLine, first, second);
		assertThat(extract(page).title().value()).isEqualTo(headline);
	}

	// The same over a long page's headline with no byline under it, whose title the
	// base found elsewhere: the sign-up prompt over it took the title.
	@Test
	void leavesAThaiSignUpPromptOverALongPagesHeadline() {
		String headline = "ร้านกาแฟโบราณในเยาวราชกลับมาเปิดอีกครั้งหลังปิดปรับปรุงสามปี";
		String page = String.join("\n\n", "หน้าแรก", "ข่าว", "ภูมิภาค", "กีฬา",
				"สมัครสมาชิกวันนี้รับส่วนลดพิเศษสามสิบเปอร์เซ็นต์", headline,
				"ร้านกาแฟโบราณอายุกว่าหนึ่งร้อยปีในย่านเยาวราชกลับมาเปิดให้บริการอีกครั้งเมื่อวันจันทร์ที่ผ่านมา หลังปิดปรับปรุงนานถึงสามปี โดยในวันแรกมีลูกค้ามาต่อคิวตั้งแต่เช้ามืด",
				"การปรับปรุงครั้งนี้ยังคงเก็บเตาถ่านแบบเดิมไว้ และช่างไม้ได้ซ่อมโต๊ะหินอ่อนทุกตัวให้กลับมาเหมือนเดิม ส่วนราคากาแฟยังคงอยู่ที่แก้วละ 25 บาท",
				"ลูกค้าประจำวัย 78 ปีเล่าว่าเขามานั่งดื่มกาแฟที่ร้านนี้ทุกเช้าตั้งแต่ยังเป็นนักเรียน และดีใจที่ได้กลับมานั่งที่โต๊ะตัวเดิมอีกครั้ง",
				"ข่าวที่เกี่ยวข้อง", "ติดต่อเรา", "© 2569 กรุงเทพนิวส์");
		assertThat(extract(page).title().value()).isEqualTo(headline);
	}

	// Round review59c: a Thai, Lao or Khmer headline that opens with a number, a
	// quotation mark or a brand in Latin letters is counted by its letters too.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "5ร้านก๋วยเตี๋ยวเรือเจ้าดังย่านอนุสาวรีย์ชัยสมรภูมิ",
					"“ประยุทธ์”ยืนยันไม่ยุบสภาก่อนสิ้นปีนี้แน่นอน", "Appleเปิดตัวไอโฟนรุ่นใหม่ในประเทศไทยวันนี้",
					"2026 ក្រសួងអប់រំប្រកាសបើកឆ្នាំសិក្សាថ្មី", "10ສະຖານທີ່ທ່ອງທ່ຽວໃໝ່ຢູ່ຫຼວງພະບາງ" })
	void countsAHeadlineOpeningWithANumberQuoteOrBrandByItsLetters(String line) {
		assertThat(TitleDetector.isHeadline(line)).isTrue();
	}

}
