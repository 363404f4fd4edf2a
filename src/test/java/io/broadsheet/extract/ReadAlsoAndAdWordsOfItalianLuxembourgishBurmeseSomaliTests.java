package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-also and ad words of more languages (lang46): a teaser between two paragraphs
 * under the labels Italian ("Potrebbe interessarti anche:", "Potrebbero interessarti:"),
 * Luxembourgish ("Och interessant:") and Burmese ("ဆက်စပ်သတင်း -", related news) sites
 * give it leaves the body and the text goes on under it; the ad labels Luxembourgish
 * ("Reklamm") and Somali ("Xayeysiis") sites print between paragraphs leave it; the
 * Luxembourgish share word ("Deelen") over the buttons leaves it. And look-alikes that
 * stay: an Italian sentence opening with "Potrebbe interessarti" without a colon, a
 * Burmese sentence naming related news inside it.
 */
class ReadAlsoAndAdWordsOfItalianLuxembourgishBurmeseSomaliTests extends WholePageTests {

	@Test
	void leavesItalianPotrebbeInteressartiAncheTeasersOut() {
		ParsedArticle article = extract(
				"""
						Cronaca

						Locarno, la biblioteca comunale apre anche la domenica

						Giulia Ferrari

						03.12.2026 - 10:15

						La biblioteca comunale di Locarno sarà aperta anche la domenica a partire da gennaio, dalle 10 alle 17.

						La misura è stata decisa dopo un sondaggio tra i lettori, che in maggioranza chiedevano orari più lunghi.

						Potrebbe interessarti anche: Ascona, il lungolago chiude per lavori

						«Vogliamo che la biblioteca sia un luogo vissuto tutta la settimana», ha detto il direttore Paolo Rusca.

						Potrebbero interessarti: Muralto, nuove panchine in piazza

						Il costo del personale aggiuntivo sarà coperto dal Cantone per i primi due anni.
						""");

		assertThat(article.body()).startsWith("La biblioteca comunale di Locarno")
			.contains("ha detto il direttore Paolo Rusca.")
			.endsWith("per i primi due anni.")
			.doesNotContain("Potrebbe interessarti")
			.doesNotContain("Potrebbero interessarti")
			.doesNotContain("Ascona")
			.doesNotContain("Muralto");
	}

	@Test
	void leavesLuxembourgishReklammOchInteressantAndDeelenOut() {
		ParsedArticle article = extract(
				"""
						Regioun

						Wiltz kritt eng nei Bibliothéik am ale Schlass

						Text: Tom Schmit

						03.12.2026 um 09:40

						D'Gemeng Wiltz wëll d'nächst Joer eng nei Bibliothéik am ale Schlass opmaachen, mat méi wéi zwanzegdausend Bicher.

						D'Aarbechte fänken am Februar un a sollen ee Joer daueren.

						Reklamm

						Och interessant: Clerf kritt en neie Maart

						„Mir wëllen eng Plaz fir jiddereen", seet de Buergermeeschter Luc Weis.

						D'Bibliothéik soll all Dag vun zéng bis siechzéng Auer op sinn.

						Deelen

						Facebook
						""");

		assertThat(article.body()).startsWith("D'Gemeng Wiltz wëll")
			.contains("seet de Buergermeeschter Luc Weis.")
			.endsWith("vun zéng bis siechzéng Auer op sinn.")
			.doesNotContain("Reklamm")
			.doesNotContain("Och interessant")
			.doesNotContain("Clerf")
			.doesNotContain("Deelen");
	}

	@Test
	void leavesABurmeseRelatedNewsTeaserOut() {
		ParsedArticle article = extract(
				"""
						ဒေသသတင်း

						ပုဂံတွင် စာကြည့်တိုက်သစ် ဖွင့်လှစ်

						ဒီဇင်ဘာ ၃၊ ၂၀၂၆

						ပုဂံမြို့တွင် စာအုပ် နှစ်သောင်းကျော် ပါဝင်သည့် စာကြည့်တိုက်သစ်ကို ယနေ့ ဖွင့်လှစ်လိုက်ကြောင်း မြို့နယ်အုပ်ချုပ်ရေးမှူးက ပြောသည်။

						စာကြည့်တိုက်ကို နေ့စဉ် နံနက် ကိုးနာရီမှ ညနေ ငါးနာရီအထိ ဖွင့်ထားမည် ဖြစ်သည်။

						ဆက်စပ်သတင်း - မန္တလေးတွင် ပန်းခြံသစ် ဖွင့်လှစ်

						ကလေးများအတွက် သီးသန့်အခန်း တစ်ခုလည်း ပါဝင်သည်ဟု တာဝန်ရှိသူများက ပြောသည်။
						""");

		assertThat(article.body()).startsWith("ပုဂံမြို့တွင်")
			.endsWith("တာဝန်ရှိသူများက ပြောသည်။")
			.doesNotContain("ဆက်စပ်သတင်း")
			.doesNotContain("ပန်းခြံသစ်");
	}

	@Test
	void leavesASomaliXayeysiisAdLineOut() {
		ParsedArticle article = extract("""
				Wararka

				Dugsi cusub oo laga furay Baydhabo

				Qoraa: Faadumo Cali Xuseen

				Diseembar 3, 2026 - 09:20

				Dugsi cusub oo qaadi kara siddeed boqol oo arday ayaa maanta laga furay magaalada Baydhabo.

				Dugsiga waxaa dhisay maamulka gobolka iyadoo ay taageereen hay'ado caalami ah.

				Xayeysiis

				Maamulaha dugsiga ayaa sheegay in fasallada ay bilaabanayaan toddobaadka soo socda.

				Waalidiinta ayaa ku faraxsan in carruurtoodu ay hadda dugsi u dhow yihiin.
				""");

		assertThat(article.body()).startsWith("Dugsi cusub oo qaadi kara")
			.contains("toddobaadka soo socda.")
			.endsWith("dugsi u dhow yihiin.")
			.doesNotContain("Xayeysiis");
	}

	@Test
	void keepsAnItalianSentenceOpeningWithPotrebbeInteressartiAndABurmeseSentenceNamingRelatedNews() {
		ParsedArticle italian = extract("""
				Cronaca

				Lugano, un corso serale di fotografia in biblioteca

				Marco Bernasconi

				03.12.2026 - 10:15

				La biblioteca cantonale di Lugano propone da gennaio un corso serale di fotografia per principianti.

				Potrebbe interessarti sapere che il corso è gratuito per chi ha meno di venticinque anni.

				Le iscrizioni si chiudono il 20 dicembre.
				""");
		ParsedArticle burmese = extract(
				"""
						ဒေသသတင်း

						ပုဂံတွင် စာကြည့်တိုက်သစ် ဖွင့်လှစ်

						ဒီဇင်ဘာ ၃၊ ၂၀၂၆

						ပုဂံမြို့တွင် စာအုပ် နှစ်သောင်းကျော် ပါဝင်သည့် စာကြည့်တိုက်သစ်ကို ယနေ့ ဖွင့်လှစ်လိုက်ကြောင်း မြို့နယ်အုပ်ချုပ်ရေးမှူးက ပြောသည်။

						ဆက်စပ်သတင်း များကို စာကြည့်တိုက်၏ ဝက်ဘ်ဆိုက်တွင် ဖတ်ရှုနိုင်သည်ဟု တာဝန်ရှိသူများက ပြောသည်။
						""");

		assertThat(italian.body()).contains("Potrebbe interessarti sapere che il corso è gratuito")
			.endsWith("Le iscrizioni si chiudono il 20 dicembre.");
		assertThat(burmese.body())
			.endsWith("ဆက်စပ်သတင်း များကို စာကြည့်တိုက်၏ ဝက်ဘ်ဆိုက်တွင် ဖတ်ရှုနိုင်သည်ဟု တာဝန်ရှိသူများက ပြောသည်။");
	}

}
