package io.broadsheet.extract;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"en|The government said on Monday that it would not change the rules, and the opposition called for a vote before the end of the year.",
			"de|Die Regierung hat am Montag erklärt, dass sie die Regeln nicht ändern werde, und die Opposition forderte eine Abstimmung vor dem Ende des Jahres.",
			"fr|Le gouvernement a déclaré lundi qu'il ne changerait pas les règles, et l'opposition a demandé un vote avant la fin de l'année. Le maire n'a pas encore répondu à cette demande, mais il doit parler devant le conseil dans les prochains jours.",
			"es|El gobierno dijo el lunes que no cambiaría las reglas, y la oposición pidió una votación antes de que termine el año. El alcalde todavía no ha respondido a esta petición, pero hablará ante el consejo en los próximos días.",
			"it|Il governo ha detto lunedì che non cambierà le regole, e l'opposizione ha chiesto un voto prima della fine dell'anno.",
			"nl|De regering zei maandag dat zij de regels niet zal veranderen, en de oppositie vroeg om een stemming voor het einde van het jaar.",
			"ru|Правительство заявило в понедельник, что не будет менять правила, а оппозиция потребовала провести голосование до конца года.",
			"uk|Уряд заявив у понеділок, що не змінюватиме правила, а опозиція вимагала провести голосування до кінця року. Це її позиція.",
			"el|Η κυβέρνηση δήλωσε τη Δευτέρα ότι δεν θα αλλάξει τους κανόνες.", "ko|정부는 월요일 규칙을 바꾸지 않겠다고 밝혔다.",
			// Swahili and Filipino, which Lucene has no stop words for: their language
			// files'
			"sw|Serikali imesema kwamba haitabadilisha sheria hizo, lakini wabunge wa upinzani wametaka kura ifanyike kabla ya mwisho wa mwaka huu katika bunge.",
			"tl|Sinabi ng pamahalaan nitong Lunes na hindi nito babaguhin ang mga patakaran, at humiling ang oposisyon ng botohan bago matapos ang taon.",
			// round detect33: Irish by Lucene's stop words, Welsh and Albanian by their
			// language files' (Albanian, Swahili and Filipino from StopWords' second
			// table)
			"ga|Dúirt an rialtas Dé Luain nach n-athróidh sé na rialacha, agus d'iarr an freasúra vóta a bheith ann roimh dheireadh na bliana.",
			"sq|Qeveria tha të hënën se nuk do t'i ndryshojë rregullat, dhe opozita kërkoi që të mbahet një votim para fundit të vitit. Kjo është një çështje e rëndësishme për qytetarët.",
			"cy|Dywedodd y llywodraeth ddydd Llun na fydd yn newid y rheolau, ac mae'r wrthblaid wedi galw am bleidlais cyn diwedd y flwyddyn. Mae hyn yn bwysig i'r bobl sydd yn byw yn yr ardal.",
			// round lang33: Nepali by Lucene's stop words (not Hindi's), the others by
			// their scripts
			"ne|सरकारले सोमबार नियम परिवर्तन नगर्ने बताएको छ र विपक्षी दलहरूले वर्षको अन्त्यअघि मतदान गराउन माग गरेका छन्। यो निर्णय मन्त्रिपरिषद्को बैठकले गरेको हो।",
			"te|ప్రభుత్వం సోమవారం నిబంధనలను మార్చబోమని తెలిపింది.",
			"kn|ಸರ್ಕಾರ ಸೋಮವಾರ ನಿಯಮಗಳನ್ನು ಬದಲಾಯಿಸುವುದಿಲ್ಲ ಎಂದು ಹೇಳಿದೆ.",
			"ml|നിയമങ്ങൾ മാറ്റില്ലെന്ന് സർക്കാർ തിങ്കളാഴ്ച അറിയിച്ചു.",
			"pa|ਸਰਕਾਰ ਨੇ ਸੋਮਵਾਰ ਨੂੰ ਕਿਹਾ ਕਿ ਉਹ ਨਿਯਮ ਨਹੀਂ ਬਦਲੇਗੀ।",
			"my|အစိုးရက တနင်္လာနေ့တွင် စည်းမျဉ်းများကို မပြောင်းလဲဟု ပြောသည်။",
			"lo|ລັດຖະບານກ່າວໃນວັນຈັນວ່າ ຈະບໍ່ປ່ຽນກົດລະບຽບ.", "ja|政府は月曜日、規則を変えないと述べた。", "zh|政府星期一表示不会改变规则。",
			"he|הממשלה אמרה ביום שני שלא תשנה את הכללים.",
			// round detect34: by their language files' stop words, all from StopWords'
			// second table
			"ky|Өкмөт дүйшөмбү күнү эрежелерди өзгөртпөй турганын билдирди, бирок оппозиция жыл аягына чейин добуш берүүнү талап кылды. Бул маселе боюнча парламент дагы бир жолу чогулат, анын жыйынтыгы азыр белгисиз.",
			"tg|Ҳукумат рӯзи душанбе гуфт, ки қоидаҳоро тағйир намедиҳад ва мухолифон то охири сол овоздиҳиро талаб карданд. Ин масъала барои мардум муҳим аст ва вазорат низ дар ин бора изҳорот дод.",
			"ps|حکومت د دوشنبې په ورځ وویل چې قوانین به بدل نه کړي، او اپوزیسیون د کال له پای مخکې د رایې غوښتنه وکړه. دا پرېکړه د خلکو لپاره مهمه ده، ځکه چې هغه کسان چې په ولایتونو کې ژوند کوي ورته اړتیا لري.",
			"so|Dowladda ayaa sheegtay Isniintii in aysan beddeli doonin xeerarka, mucaaradkuna waxay dalbadeen in cod la qaado ka hor dhammaadka sanadka. Wasiirka ayaa sidoo kale sheegay in arrintan ay muhiim u tahay dadka ku nool gobollada.",
			"ha|Shugaban kasa ya bayyana cewa gwamnatinsa za ta ci gaba da aiki tare da jihohi domin magance matsalar tsaro a yankin arewa. Ya ce an riga an tura jami'an tsaro zuwa wuraren da abin ya shafa, kuma ana sa ran za a samu sauki nan ba da jimawa ba. Mazauna yankin sun ce har yanzu suna cikin fargaba.",
			"yo|Ìjọba sọ ní ọjọ́ Ajé pé òun kò ní yí àwọn òfin padà, àwọn alátakò sì béèrè fún ìdìbò kí ọdún tó parí. Mínísítà náà sọ pé ọ̀rọ̀ yìí ṣe pàtàkì fún gbogbo àwọn ará ìlú.",
			"zu|Uhulumeni uthe ngoMsombuluko ngeke azishintshe imithetho, kodwa abaphikisayo bafuna kuvotwe ngaphambi kokuphela konyaka. Ungqongqoshe uthe lolu daba lubaluleke kakhulu kubantu, futhi ukuthi umsebenzi uzoqhubeka manje.",
			"mt|Il-Prim Ministru qal li l-gvern se jkompli jaħdem mal-kunsilli lokali biex isolvi l-problemi tat-traffiku fil-bliet. Huwa qal ukoll li x-xogħlijiet fit-toroq ser jitlestew qabel tmiem is-sajf, u li l-kostijiet tal-proġett diġà ġew approvati mill-Parlament.",
			"mn|Засгийн газар даваа гаригт дүрмийг өөрчлөхгүй гэж мэдэгдсэн бөгөөд сөрөг хүчин оны эцсээс өмнө санал хураалт явуулахыг шаардсан. Сайд энэ асуудал иргэдэд маш чухал гэж хэлсэн бөгөөд ажил үргэлжилсээр байна гэсэн юм.",
			// round lang51: by their language files' new lists (Vietnamese, Urdu,
			// Marathi,
			// Icelandic, Estonian, Malagasy, Xhosa, more Hausa words), Afrikaans told
			// from
			// Dutch and Danish from Norwegian by the words only one list holds, Japanese
			// whose
			// Han characters and kana are each under half its letters
			"vi|Chính phủ cho biết vào thứ Hai rằng sẽ không thay đổi các quy định này, nhưng phe đối lập đã yêu cầu một cuộc bỏ phiếu trước khi hết năm. Ông bộ trưởng nói rằng những người dân ở các tỉnh cũng được hỏi ý kiến.",
			"ur|حکومت نے پیر کے روز کہا کہ وہ قوانین میں کوئی تبدیلی نہیں کرے گی، اور اپوزیشن نے سال کے آخر سے پہلے ووٹنگ کا مطالبہ کیا ہے۔ وزیر نے بتایا کہ یہ فیصلہ عوام کے لیے بہت اہم ہے اور اس پر بھی بات کی گئی۔",
			"mr|सरकारने सोमवारी नियम बदलणार नाही असे सांगितले आहे, आणि विरोधी पक्षांनी वर्षाच्या शेवटी मतदान घेण्याची मागणी केली आहे. मंत्र्यांनी सांगितले की हा निर्णय सर्व नागरिकांसाठी महत्त्वाचा आहे आणि त्यांच्या सूचनांचा विचार करण्यात येणार आहे.",
			"is|Ríkisstjórnin sagði á mánudag að hún myndi ekki breyta reglunum, en stjórnarandstaðan hefur krafist þess að kosið verði fyrir árslok. Ráðherrann sagði að það væri mikilvægt fyrir fólkið í landinu og að málið hefði verið rætt við sveitarfélögin.",
			"et|Valitsus teatas esmaspäeval, et ei muuda reegleid, kuid opositsioon nõudis hääletust enne aasta lõppu. Minister ütles, et see on oluline kõigile inimestele ning seda arutatakse ka omavalitsustega, sest nende arvamus pole veel selge.",
			"mg|Nilaza ny governemanta ny alatsinainy fa tsy hanova ny lalàna izy, ary nangataka ny hanaovana fifidianana alohan'ny faran'ny taona ny mpanohitra. Nambaran'ny minisitra fa zava-dehibe ho an'ny vahoaka izany ary mbola hodinihina izay soso-kevitra rehetra.",
			"xh|Urhulumente uthe ngoMvulo akazukuyitshintsha imithetho, kwaye iqela eliphikisayo licele ukuba kubekho ivoti phambi kokuphela konyaka. Umphathiswa utshilo ukuba esi sigqibo sibalulekile kubantu, kwaye bathi baza kuthetha nabo kwakhona ngoku.",
			"af|Die regering het Maandag gesê dat hy nie die reëls sal verander nie, en die opposisie het gevra vir 'n stemming voor die einde van die jaar. Die minister sê hulle sal ook met die mense in die provinsies praat.",
			"da|Regeringen sagde mandag, at den ikke vil ændre reglerne, men oppositionen har krævet en afstemning inden årets udgang. Ministeren sagde, at det var vigtigt for alle borgere, og at sagen blev drøftet med kommunerne efter mødet.",
			"no|Regjeringen sa mandag at den ikke vil endre reglene, men opposisjonen har krevd en avstemning før årets slutt. Statsråden sa at det var viktig for alle innbyggere, og at saken ble drøftet med kommunene etter møtet.",
			"ha|Gwamnati ta ce mutane sun fara komawa gidajensu bayan ambaliyar ruwa, kuma an raba abinci ga iyalai a kauyuka. Jami'in ya ce za a gyara hanyoyi kafin karshen shekara.",
			"ja|大阪市は来月から市内の公園で新しい防災訓練を始めると発表した。訓練には地域のボランティアやスタッフも参加する予定だという。",
			// near misses: a Dutch text with words Afrikaans writes too ("volgens",
			// "jaar",
			// "gaan"), a German one, a Hindi one beside Marathi's list
			"nl|Volgens de minister gaan de mensen dit jaar niet naar de stembus, want de regering wil eerst met de gemeenten praten over de nieuwe regels.",
			"de|Die Regierung hat am Montag gesagt, dass sie die Regeln nicht ändern wird, aber die Opposition will noch vor dem Ende des Jahres abstimmen.",
			"hi|सरकार ने सोमवार को कहा कि वह नियमों में बदलाव नहीं करेगी, और विपक्ष ने साल के अंत से पहले मतदान की मांग की है। मंत्री ने बताया कि यह फैसला सभी लोगों के लिए जरूरी है।" })
	void tellsTheLanguage(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "12345 67 89", "OK", "Home News Sport Weather" })
	void saysNothingWhenUnsure(String text) {
		assertThat(LanguageDetector.detect(text)).isNull();
	}

	// Languages with neither a script of their own nor stop words the detector reads
	// (Sorani Kurdish; Urdu until round lang51 gave it a list): unsure, never another
	// language, whose own labels would then apply to the
	// page. (A short Kazakh text with its "і" reads as Ukrainian, as it did before.)
	@ParameterizedTest
	@ValueSource(strings = {
			"حکوومەت ڕۆژی دووشەممە ڕایگەیاند کە یاساکان ناگۆڕێت، و ئۆپۆزیسیۆن داوای دەنگدانی کرد پێش کۆتایی ساڵ. وەزیر وتی ئەم بڕیارە بۆ هەموو خەڵک گرنگە و لەگەڵ شارەوانییەکان باسی دەکرێت." })
	void takesNoLanguageWithoutStopWordsForAnother(String text) {
		assertThat(LanguageDetector.detect(text)).isNull();
	}

	// Irish's stop words hold English's "a", "an", "in" and "is", French's "de" and "le";
	// Welsh's and Albanian's lists leave out the short words other languages write ("a",
	// "i", "y", "o", "e", "me"): texts in those languages, and in two whose words are
	// short too (a Vietnamese one about Russia, "Nga"), are not taken for any of them.
	@ParameterizedTest
	@ValueSource(strings = {
			"It is an idea that is in a way as old as the town: a man in a boat, an hour in a day, and a song in an old tongue that is sung in the hall.",
			"Le gouvernement a déclaré lundi qu'il ne changerait pas les règles, et l'opposition a demandé un vote avant la fin de l'année. Le maire de la ville a parlé devant le conseil.",
			"Chính phủ cho biết hôm thứ Hai rằng sẽ không thay đổi các quy định, và phe đối lập yêu cầu bỏ phiếu trước cuối năm nay. Nga và Ukraine đã nói chuyện, ông Nga Nguyen cho biết.",
			"Pemerintah mengatakan pada hari Senin bahwa tidak akan mengubah aturan itu, dan oposisi meminta pemungutan suara sebelum akhir tahun ini." })
	void takesNoOtherLanguageForIrishWelshOrAlbanian(String text) {
		assertThat(LanguageDetector.detect(text)).isNotIn("ga", "cy", "sq");
	}

	// Round detect34's lists leave out the words their neighbours write: a Kazakh text
	// is not Kyrgyz (it read no language until round lang38 gave Kazakh its list), a
	// Russian or Bulgarian one not Tajik or Mongolian, a Persian one not
	// Pashto, an Italian one not Maltese, a Croatian, Serbian or Bosnian one not any of
	// them (Czech until round newlang35; told apart by "ponedjeljak", "ponedeljak",
	// "veoma", and a tie is Croatian's); Swahili, Filipino, Indonesian, Irish and an
	// English text
	// holding names that are Hausa, Maltese and Somali words keep their language.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"kk|Үкімет дүйсенбі күні ережелерді өзгертпейтінін мәлімдеді, бірақ оппозиция жыл соңына дейін дауыс беруді талап етті. Бұл мәселе бойынша парламент тағы бір рет жиналады, оның нәтижесі қазір белгісіз. Депутаттар заң жобасы туралы пікірлерін айтты және үкімет тарапынан жауап күтуде.",
			"ru|Правительство заявило в понедельник, что не будет менять правила, а оппозиция потребовала провести голосование до конца года. Он сказал, что это решение было принято ещё весной, и то, что произошло, не изменит планов министерства.",
			"bg|Правителството заяви в понеделник, че няма да променя правилата, а опозицията поиска гласуване преди края на годината. Аз мисля, че това е важно за хората, които живеят в селата.",
			"fa|دولت روز دوشنبه اعلام کرد که قوانین را تغییر نخواهد داد و مخالفان خواستار برگزاری رای‌گیری پیش از پایان سال شدند. او گفت این تصمیم برای مردم مهم است و وزارت نیز در این باره بیانیه داد.",
			"it|Il governo ha detto lunedì che non cambierà le regole, e l'opposizione ha chiesto un voto prima della fine dell'anno. Il ministro ha detto che la questione è molto importante per il popolo che vive nei villaggi, e che il lavoro continuerà anche dopo le elezioni.",
			"hr|Vlada je u ponedjeljak priopćila da neće mijenjati pravila, a oporba je zatražila glasovanje prije kraja godine. Ministar je rekao da je to pitanje vrlo važno za građane koji žive u selima te da će se posao nastaviti.",
			"sr|Vlada je u ponedeljak saopštila da neće menjati pravila, a opozicija je zatražila glasanje pre kraja godine. Ministar je rekao da je to pitanje veoma važno za građane koji žive u selima i da će se posao nastaviti.",
			"bs|Vlada je u ponedjeljak saopćila da neće mijenjati pravila, a opozicija je zatražila glasanje prije kraja godine. Ministar je rekao da je to pitanje veoma važno za građane koji žive u selima i da će se posao nastaviti.",
			"sw|Serikali imesema kwamba haitabadilisha sheria hizo, lakini wabunge wa upinzani wametaka kura ifanyike kabla ya mwisho wa mwaka huu katika bunge. Waziri amesema kuwa suala hili ni muhimu kwa watu wanaoishi vijijini.",
			"tl|Sinabi ng pamahalaan nitong Lunes na hindi nito babaguhin ang mga patakaran, at humiling ang oposisyon ng botohan bago matapos ang taon. Ayon sa ministro, mahalaga ito sa mga tao sa bayan.",
			"id|Pemerintah mengatakan pada hari Senin bahwa tidak akan mengubah aturan, dan oposisi meminta pemungutan suara sebelum akhir tahun. Menteri mengatakan bahwa masalah ini sangat penting bagi warga yang tinggal di desa dan badan itu akan bekerja.",
			"ga|Dúirt an rialtas Dé Luain nach n-athróidh sé na rialacha, agus d'iarr an freasúra vóta a bheith ann roimh dheireadh na bliana. Ní raibh sí sásta leis, agus ní dúirt sí aon rud eile.",
			"en|Wanda said the sun was up by the time Amma and Tun reached the Duk market in Kano, and Haka, the man who sells suna beans, had gone to the mill for an hour with his friend Dak." })
	void keepsTheLanguageOfTextsCloseToTheNewOnes(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// Round newlang35: Croatian, Serbian (both scripts) and Bosnian, told from Czech by
	// the words only one of the two lists holds, and from each other by their own words
	// (ijekavian "cijene", "tijekom", "tko"; ekavian "cene", "takođe"; "tokom", "ko" with
	// ijekavian forms); Galician, Basque, Esperanto and Haitian Creole by their files'
	// lists (Galician told from Portuguese and Spanish as Croatian is from Czech).
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"hr|Vlada je u utorak objavila da će cijene goriva od sljedećeg tjedna biti niže. Ministar financija rekao je kako su razlozi za to pad cijena nafte na svjetskom tržištu i jači tečaj eura. Tijekom prošle godine cijene su rasle gotovo svaki mjesec, a prijevoznici su tražili pomoć države. Također je najavljeno da će se trošarine na gorivo smanjiti do kraja ožujka. Tko želi više informacija, može ih pronaći na stranicama ministarstva.",
			"sr|Vlada je u utorak saopštila da će cene goriva od sledeće nedelje biti niže. Ministar finansija rekao je da su razlozi za to pad cena nafte na svetskom tržištu i jači kurs dinara. Tokom prošle godine cene su rasle gotovo svakog meseca, a prevoznici su tražili pomoć države. Takođe je najavljeno da će se akcize na gorivo smanjiti do kraja marta. Ko želi više informacija, može da ih pronađe na sajtu ministarstva.",
			"sr|Влада је у уторак саопштила да ће цене горива од следеће недеље бити ниже. Министар финансија рекао је да су разлози за то пад цена нафте на светском тржишту и јачи курс динара. Током прошле године цене су расле готово сваког месеца, а превозници су тражили помоћ државе. Такође је најављено да ће се акцизе на гориво смањити до краја марта.",
			"bs|Vijeće ministara je u utorak saopćilo da će cijene goriva od naredne sedmice biti niže. Ministar finansija rekao je da su razlozi za to pad cijena nafte na svjetskom tržištu. Tokom prošle godine cijene su rasle gotovo svakog mjeseca, a prevoznici su tražili pomoć države. Također je najavljeno da će se akcize na gorivo smanjiti do kraja marta. Ko želi više informacija, može ih pronaći na stranici ministarstva.",
			"gl|O Concello da Coruña aprobou este martes o novo plan de mobilidade, que prevé ampliar as rúas peonís do centro e mellorar as liñas de autobús. Segundo explicou a concelleira, as obras comezarán na primavera e durarán ata o verán. Os veciños da zona pediron máis prazas de aparcamento, pero o goberno local lembrou que tamén haberá un novo aparcadoiro disuasorio á entrada da cidade.",
			"eu|Donostiako Udalak asteartean onartu du mugikortasun plan berria, eta erdiguneko kale oinezkoak handitu eta autobus lineak hobetu nahi ditu. Zinegotziak azaldu duenez, lanak udaberrian hasiko dira eta udara arte iraungo dute. Inguruko bizilagunek aparkaleku gehiago eskatu dituzte, baina udal gobernuak gogorarazi du hiriaren sarreran aparkaleku berri bat ere egongo dela.",
			"eo|La urba konsilio de Zagrebo hieraŭ aprobis la novan planon pri trafiko, kiu antaŭvidas pli grandajn piedirajn stratojn en la centro kaj pli bonajn buslinojn. Laŭ la konsilanino, la laboroj komenciĝos printempe kaj daŭros ĝis la somero. La loĝantoj de la kvartalo petis pli da parkumejoj, sed la urba registaro memorigis, ke ankaŭ estos nova parkumejo ĉe la enirejo de la urbo.",
			"ht|Meri Pòtoprens lan yon nouvo plan pou transpò mardi a, pou li ka elaji lari pou moun mache nan sant vil la epi amelyore liy bis yo. Dapre sa majistra a di, travay yo ap kòmanse nan prentan epi yo ap dire jouk ete. Moun ki rete nan zòn nan mande plis plas pou pake machin, men meri a raple gen yon nouvo pakin k ap louvri nan antre vil la tou." })
	void tellsTheLanguagesOfRoundNewlang35(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// Their look-alikes keep the answer they had before round newlang35: Czech (Slovak,
	// Slovenian and Polish, read as Czech then, are told since round lang36), Russian,
	// Bulgarian and Ukrainian beside Serbian's Cyrillic words, Portuguese and Spanish
	// beside Galician, French, Spanish and Italian beside Esperanto and Haitian Creole.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"cs|Vláda v úterý oznámila, že ceny pohonných hmot od příštího týdne klesnou. Ministr financí řekl, že důvodem je pokles cen ropy na světovém trhu a silnější kurz koruny. Během loňského roku ceny rostly téměř každý měsíc a dopravci žádali stát o pomoc. Bylo také oznámeno, že spotřební daň z paliv se do konce března sníží.",
			"ru|Правительство во вторник объявило, что цены на топливо со следующей недели снизятся. Министр финансов сказал, что причиной стало падение цен на нефть на мировом рынке и более крепкий курс рубля. В прошлом году цены росли почти каждый месяц, а перевозчики просили помощи у государства.",
			"bg|Правителството обяви във вторник, че цените на горивата от следващата седмица ще бъдат по-ниски. Министърът на финансите каза, че причините за това са спадът на цените на петрола на световния пазар. През миналата година цените растяха почти всеки месец, а превозвачите искаха помощ от държавата.",
			"uk|Уряд у вівторок оголосив, що ціни на пальне з наступного тижня знизяться. Міністр фінансів сказав, що причиною є падіння цін на нафту на світовому ринку та міцніший курс гривні. Протягом минулого року ціни зростали майже щомісяця, а перевізники просили допомоги в держави.",
			"pt|A Câmara Municipal do Porto aprovou esta terça-feira o novo plano de mobilidade, que prevê alargar as ruas pedonais do centro e melhorar as linhas de autocarro. Segundo explicou a vereadora, as obras vão começar na primavera e vão durar até ao verão. Os moradores da zona pediram mais lugares de estacionamento, mas o executivo lembrou que também haverá um novo parque dissuasor à entrada da cidade.",
			"es|El Ayuntamiento de Valladolid aprobó este martes el nuevo plan de movilidad, que prevé ampliar las calles peatonales del centro y mejorar las líneas de autobús. Según explicó la concejala, las obras comenzarán en primavera y durarán hasta el verano. Los vecinos de la zona pidieron más plazas de aparcamiento, pero el gobierno local recordó que también habrá un nuevo aparcamiento disuasorio a la entrada de la ciudad.",
			"fr|La mairie de Bordeaux a présenté mardi son nouveau plan de mobilité, qui prévoit d’élargir les rues piétonnes du centre et d’améliorer les lignes de bus. Selon l’adjointe au maire, les travaux commenceront au printemps et dureront jusqu’à l’été. Les habitants du quartier ont demandé plus de places de stationnement, mais la municipalité a rappelé qu’un nouveau parking relais ouvrira aussi à l’entrée de la ville.",
			"it|Il Comune di Bologna ha approvato martedì il nuovo piano della mobilità, che prevede di ampliare le strade pedonali del centro e di migliorare le linee degli autobus. Secondo l'assessora, i lavori inizieranno in primavera e dureranno fino all'estate. I residenti della zona hanno chiesto più posti auto, ma la giunta ha ricordato che ci sarà anche un nuovo parcheggio di scambio all'ingresso della città." })
	void keepsTheLanguageOfTextsCloseToRoundNewlang35s(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// Round lang36: Slovak, Slovenian and Polish, read as Czech before (Lucene's Czech
	// list
	// holds "a", "v", "na", "je", "to", "do" and none of them had a list), told from
	// Czech
	// by the words only one of the two lists holds ("sa", "sú", "ako"; "in", "da", "ki";
	// "w", "się", "nie"), a Slovak text quoting a Czech minister included.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"sk|Vláda v utorok oznámila, že ceny pohonných látok od budúceho týždňa klesnú. Minister financií povedal, že dôvodom je pokles cien ropy na svetovom trhu a silnejší kurz eura. Počas minulého roka ceny rástli takmer každý mesiac a dopravcovia žiadali štát o pomoc. Bolo tiež oznámené, že spotrebná daň z palív sa do konca marca zníži.",
			"sl|Vlada je v torek sporočila, da se bodo cene goriv od prihodnjega tedna znižale. Minister za finance je dejal, da so razlogi za to padec cen nafte na svetovnem trgu in močnejši tečaj evra. V lanskem letu so cene rasle skoraj vsak mesec, prevozniki pa so od države zahtevali pomoč. Napovedali so tudi, da se bo trošarina na gorivo do konca marca znižala.",
			"sl|Mestni svet v Mariboru je v četrtek odločil, da se bo obnova nabrežja nadaljevala tudi pozimi. Dela naj bi trajala do maja, vrednost projekta pa ocenjujejo na nekaj milijonov evrov. Župan je poudaril, da gre za enega najpomembnejših projektov v zgodovini mesta in da prebivalci ne bodo občutili večjih zastojev. Po besedah vodje oddelka bo promet preusmerjen na obvoznico, kar bi lahko vožnjo podaljšalo za približno deset minut.",
			"pl|Rząd ogłosił we wtorek, że ceny paliw od przyszłego tygodnia spadną. Minister finansów powiedział, że powodem jest spadek cen ropy na rynku światowym i mocniejszy kurs złotego. W ubiegłym roku ceny rosły niemal co miesiąc, a przewoźnicy prosili państwo o pomoc. Zapowiedziano także, że akcyza na paliwa zostanie obniżona do końca marca.",
			"sk|Vláda v stredu schválila návrh rozpočtu na budúci rok. Podľa ministra financií bude deficit nižší ako tento rok. Opozícia návrh kritizuje a tvrdí, že vláda šetrí na nesprávnych miestach. Parlament by mal o rozpočte hlasovať v novembri.",
			"sk|Polícia v nedeľu večer dostala hlásenie o dopravnej nehode na diaľnici pri Žiline. Dvaja vodiči boli ľahko zranení a premávka bola niekoľko hodín obmedzená.",
			"sk|Český premiér v piatok navštívil Bratislavu, kde sa stretol so slovenským predsedom vlády. Po rokovaní povedal: „Jsme připraveni pomoci.“ Podľa slovenskej strany sa obe krajiny dohodli na spoločnom postupe pri výstavbe diaľnic. Ďalšie stretnutie bude v januári v Prahe.",
			"sl|Vlada je v sredo sprejela predlog proračuna za prihodnje leto. Po besedah finančnega ministra bo primanjkljaj nižji kot letos. Opozicija predlog kritizira in trdi, da vlada varčuje na napačnih mestih. Državni zbor naj bi o proračunu glasoval novembra.",
			"sl|Policija je v nedeljo zvečer prejela klic o prometni nesreči na avtocesti pri Celju. V nesreči sta bila dva voznika lažje poškodovana, promet pa je bil več ur oviran.",
			"pl|Rząd w środę przyjął projekt budżetu na przyszły rok. Według ministra finansów deficyt będzie niższy niż w tym roku. Opozycja krytykuje projekt i twierdzi, że rząd oszczędza w niewłaściwych miejscach. Sejm ma głosować nad budżetem w listopadzie.",
			"pl|Policja w niedzielę wieczorem otrzymała zgłoszenie o wypadku na autostradzie pod Poznaniem. Dwóch kierowców zostało lekko rannych, a ruch był utrudniony przez kilka godzin." })
	void tellsSlovakSlovenianAndPolishFromCzech(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// Their look-alikes: Czech texts (one quoting a Slovak minister) stay Czech, Croatian
	// and Serbian ones keep theirs, and a headline alone is too little to tell.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"cs|Policie v neděli večer dostala oznámení o dopravní nehodě na dálnici u Jihlavy. Dva řidiči byli lehce zraněni a provoz byl několik hodin omezen.",
			"cs|Praha chce do konce roku opravit dva mosty přes Vltavu. Práce začnou v dubnu a potrvají nejméně šest měsíců. Řidiči musí počítat s objížďkami, tramvaje budou jezdit podle výluky. Město na opravy vyčlenilo přes miliardu korun.",
			"cs|Slovenský ministr zahraničí v úterý navštívil Prahu, kde jednal se svým českým protějškem. Na tiskové konferenci řekl: „Sme pripravení spolupracovať.“ Podle českého ministra chtějí obě země posílit spolupráci v energetice a v dopravě. Jednání bude pokračovat příští měsíc v Bratislavě, kde by se mohla podepsat i nová smlouva.",
			"hr|Policija je u nedjelju navečer zaprimila dojavu o prometnoj nesreći na autocesti kod Karlovca. Dva vozača su lakše ozlijeđena, a promet je nekoliko sati bio otežan.",
			"sr|Policija je u nedelju uveče primila dojavu o saobraćajnoj nesreći na auto-putu kod Niša. Dva vozača su lakše povređena, a saobraćaj je nekoliko sati bio otežan zbog uviđaja.",
			// review36b: texts writing "da", "pa", "bi", "ali", "kako", "bilo" as
			// Slovenian does
			// (lang36's Slovenian list held them and read these null)
			"hr|Gradska skupština odobrila je u utorak gradnju nove tramvajske linije koja će povezati istočne kvartove sa središtem grada, a radovi bi trebali početi na proljeće. Gradonačelnik je rekao da je projekt vrijedan oko 80 milijuna eura te da će ga većim dijelom financirati europski fondovi, pa da grad neće morati uzimati kredit. Stanovnici kvartova uz trasu pozdravili su odluku, ali traže da se tijekom radova osigura dovoljno parkirnih mjesta.",
			"sr|Vlada Srbije usvojila je danas predlog novog zakona o radu, koji bi trebalo da poboljša položaj radnika u privatnom sektoru, saopšteno je posle sednice. Ministarka rada rekla je da zakon predviđa duže plaćeno odsustvo i strožije kazne za poslodavce koji ne poštuju propise, pa da će se primena pratiti svakog meseca. Sindikati su pozdravili deo izmena, ali upozoravaju da mnoga pitanja i dalje nisu rešena i da će tražiti nove razgovore sa vladom.",
			"|Sejm przyjął ustawę o podatkach dla firm", "|Vláda schválila rozpočet na budúci rok" })
	void keepsTheLanguageOfTextsCloseToSlovakSlovenianAndPolish(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// Round lang37: Macedonian, Belarusian and Uzbek, read as no language before (their
	// files had no stop words and Lucene has none): Macedonian told from Bulgarian by the
	// words only one of the two lists holds ("во", "од", "ќе", "дека" against "в", "от",
	// "ще", "че"), Belarusian and Uzbek by words no other list holds ("ў", "гэта",
	// "яшчэ";
	// "va", "bilan", "uchun").
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"mk|Владата денеска соопшти дека од следната година ќе бидат зголемени платите во јавниот сектор. Според министерот за финансии, зголемувањето ќе изнесува пет отсто и ќе ги опфати сите вработени во образованието и здравството. Тој рече дека парите се обезбедени во буџетот и дека нема да има нови задолжувања. Синдикатите велат дека тоа не е доволно, но ја поздравуваат одлуката.",
			"mk|Во Охрид вчера беше отворен новиот мост преку реката, кој ги поврзува двата дела од градот. Градоначалникот изјави дека изградбата траеше две години и дека чинеше околу три милиони евра. Жителите со години чекаа на ова решение, бидејќи стариот мост беше затворен за возила. Од утре низ него ќе сообраќаат и автобусите на градскиот превоз.",
			"mk|Фудбалерите на Вардар синоќа победија со два гола разлика и се пласираа во полуфиналето на купот. Тренерот по натпреварот рече дека екипата играше многу добро, но дека уште има работа пред следниот меч. Навивачите ја исполнија трибината, а полицијата соопшти дека немало инциденти.",
			"be|У Мінску ў суботу адкрылі новую станцыю метро, якая будзе абслугоўваць некалькі жылых раёнаў на поўначы горада. Паводле слоў мэра, будаўніцтва каштавала больш за сто мільёнаў рублёў і доўжылася амаль чатыры гады. Жыхары кажуць, што цяпер дарога да цэнтра зойме ўдвая менш часу. Яшчэ адна станцыя павінна з'явіцца ў наступным годзе.",
			"be|Беларускія навукоўцы атрымалі новы сорт бульбы, які лепш пераносіць засуху. Як паведаміў дырэктар інстытута, працу над ім вялі каля дзесяці гадоў. Гэты сорт ужо праходзіць выпрабаванні ў некалькіх гаспадарках, і калі вынікі будуць добрыя, яго пачнуць прадаваць сялянам. Вучоныя таксама працуюць над сортам, які не баіцца хвароб.",
			"be|Зборная Беларусі па хакеі прайграла ў апошнім матчы турніру і заняла трэцяе месца. Трэнер пасля гульні сказаў, што каманда згуляла нядрэнна, але не хапіла вопыту. Наступны турнір адбудзецца вясной, і да яго ў зборную павінны вярнуцца некалькі гульцоў пасля траўмаў.",
			"uz|Toshkent shahrida yangi metro bekati ochildi. Shahar hokimining aytishicha, bekat qurilishi ikki yil davom etgan va unga 50 milliard so'm sarflangan. Yangi bekat bilan birga yer osti yo'lagi ham foydalanishga topshirildi. Aholi uchun bu juda qulay, chunki endi markazga borish ancha tez bo'ladi.",
			"uz|Samarqand viloyatida bu yil paxta hosili kutilganidan ko'proq bo'ldi. Viloyat qishloq xo'jaligi boshqarmasi ma'lumotiga ko'ra, dehqonlar rejani muddatidan oldin bajarishdi. Mutaxassislar buni ob-havo yaxshi kelgani va yangi sug'orish tizimi bilan bog'lamoqda. Shuningdek, g'alla ekish ishlari ham yakunlanmoqda.",
			"uz|O'zbekiston terma jamoasi kecha o'rtoqlik uchrashuvida mehmonlarni 2:0 hisobida mag'lub etdi. Bosh murabbiy o'yindan keyin futbolchilar yaxshi harakat qilganini, lekin hali ko'p ish borligini aytdi. Keyingi o'yin kelasi oyda bo'lib o'tadi va unda jamoa yangi tarkib bilan maydonga tushadi." })
	void tellsMacedonianBelarusianAndUzbek(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// Their look-alikes keep what they read before: Bulgarian, Russian (one quoting a
	// Belarusian musician), Ukrainian, Serbian Cyrillic, Kyrgyz, Turkish and Sinhala
	// (told by its script) texts. (A Kazakh one read no language here, not Kyrgyz,
	// Belarusian or Uzbek; since lang38 it reads Kazakh, in the test below.)
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"bg|Правителството обяви, че от следващата година заплатите в държавния сектор ще бъдат увеличени с пет процента. Според министъра на финансите парите са осигурени в бюджета и няма да има нови заеми. Синдикатите смятат, че това не е достатъчно, но приветстват решението. Промяната ще засегне всички служители в образованието и здравеопазването.",
			"bg|В Пловдив вчера беше открит новият мост над река Марица, който свързва двете части на града. Кметът заяви, че строежът е продължил две години и е струвал около три милиона евро. Жителите чакаха това решение от години, защото старият мост беше затворен за коли.",
			"ru|В Новосибирске в субботу открыли новую станцию метро, которая будет обслуживать несколько жилых районов на севере города. По словам мэра, строительство обошлось более чем в пять миллиардов рублей и продолжалось почти четыре года. Жители говорят, что теперь дорога до центра займёт вдвое меньше времени. Ещё одна станция должна появиться в следующем году.",
			"ru|В Минске в субботу прошёл концерт, на котором выступили известные белорусские музыканты. Организаторы рассказали, что билеты были проданы ещё за месяц до начала. Один из исполнителей сказал со сцены: «Гэта вельмі важны для нас вечар, і мы дзякуем усім, хто прыйшоў». По словам организаторов, в следующем году концерт пройдёт снова, но уже на большей площадке.",
			"uk|У Львові в суботу відкрили новий міст через річку, який з'єднує два райони міста. За словами мера, будівництво тривало майже три роки і коштувало понад сто мільйонів гривень. Мешканці кажуть, що тепер дорога до центру займає вдвічі менше часу. Наступного року тут також планують збудувати нову школу.",
			"sr|Влада је у четвртак саопштила да ће од следеће године плате у јавном сектору бити повећане за пет одсто. Према речима министра финансија, новац је обезбеђен у буџету и неће бити нових задужења. Синдикати сматрају да то није довољно, али поздрављају одлуку.",
			"ky|Бишкекте жаңы көпүрө ачылды. Шаардын мэринин айтымында, курулуш эки жылга созулуп, ага жүз миллион сом жумшалган. Тургундар үчүн бул абдан ыңгайлуу, анткени эми борборго жетүү бир топ тезирээк болот. Келерки жылы дагы эки көпүрө курулат деп күтүлүүдө.",
			"tr|İstanbul'da yeni bir metro hattı cumartesi günü hizmete açıldı. Belediye başkanı, hattın yapımının dört yıl sürdüğünü ve yaklaşık beş milyar liraya mal olduğunu söyledi. Vatandaşlar artık şehir merkezine çok daha kısa sürede ulaşabilecek. Önümüzdeki yıl iki yeni istasyonun daha açılması planlanıyor.",
			"si|කොළඹ නගරයේ නව බස් නැවතුම්පොළක් ඊයේ විවෘත කරන ලදී. නගරාධිපතිවරයා පැවසුවේ මෙම ව්‍යාපෘතිය සඳහා රුපියල් මිලියන පනහක් වැය වූ බවයි. මගීන්ට දැන් වැසි කාලයේදී ආරක්ෂිතව බස් රථ සඳහා රැඳී සිටිය හැකි වනු ඇත." })
	void keepsTheLanguageOfTextsCloseToMacedonianBelarusianAndUzbek(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// Round lang37: a Serbian Latin text whose only Serbian words are spellings Croatian
	// writes otherwise ("saopštilo", "verovatno", "deo") read no language before; a
	// Bosnian one with "historija" and "projekat" besides its ijekavian forms read
	// Croatian (a tie between kin goes to Croatian).
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"sr|Ministarstvo je saopštilo da će novi zakon verovatno biti usvojen do kraja godine. Deo poslanika traži izmene, ali većina podržava predlog.",
			"bs|Muzej u Mostaru otvorio je u petak izložbu o historiji grada, koja će trajati do kraja godine. Direktor muzeja je rekao da je projekat pripreman dvije godine i da su predmeti posuđeni iz nekoliko zbirki. Posjetioci će moći vidjeti i stare fotografije mosta." })
	void tellsSerbianAndBosnianByTheirOwnSpellings(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// Their look-alikes: a Serbian text with "projekat" that read Serbian before, the
	// same text in Croatian ("projekt"), a Slovenian one with "projekt" and "dve", and
	// Bosnian and Serbian texts that read so before.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"sr|Gradsko veće je u sredu usvojilo projekat nove biblioteke u centru grada. Radovi bi trebalo da počnu na proleće, a zgrada će imati čitaonicu i salu za predavanja. Građani su predlog uglavnom podržali, ali traže da se sačuva park pored škole.",
			"hr|Gradsko vijeće je u srijedu prihvatilo projekt nove knjižnice u središtu grada. Radovi bi trebali početi na proljeće, a zgrada će imati čitaonicu i dvoranu za predavanja. Građani su prijedlog uglavnom podržali, ali traže da se sačuva park pokraj škole.",
			"hr|Vlada je u četvrtak objavila da će od sljedeće godine plaće u javnom sektoru biti povećane za pet posto. Prema riječima ministra financija, novac je osiguran u proračunu i neće biti novih zaduženja. Sindikati smatraju da to nije dovoljno, ali pozdravljaju odluku. Povećanje će obuhvatiti sve zaposlene u školstvu i zdravstvu.",
			"sl|Mestni svet je v sredo potrdil projekt nove knjižnice v središču mesta. Dela naj bi se začela spomladi, stavba pa bo imela čitalnico in dve predavalnici. Meščani so predlog večinoma podprli, vendar zahtevajo, da se ohrani park ob šoli.",
			"bs|U Sarajevu je tokom vikenda otvoren novi most preko rijeke, koji povezuje dva dijela grada. Načelnik općine je izjavio da je gradnja trajala dvije godine i da je koštala oko tri miliona maraka. Stanovnici su godinama čekali ovo rješenje, jer je stari most bio zatvoren za automobile. Od sutra će preko njega saobraćati i autobusi gradskog prevoza, a sedmicu kasnije i tramvaji.",
			"sr|U Novom Sadu je tokom vikenda otvoren novi most preko reke, koji povezuje dva dela grada. Gradonačelnik je izjavio da je izgradnja trajala dve godine i da je koštala oko tri miliona evra. Stanovnici su godinama čekali ovo rešenje, jer je stari most bio zatvoren za automobile. Od sutra će preko njega saobraćati i autobusi gradskog prevoza." })
	void keepsTheLanguageOfTextsCloseToSerbianAndBosnianSpellings(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// Round lang38: Kazakh and Azerbaijani, read as no language (or Azerbaijani as
	// Turkish) before: their files had no stop words. Kazakh by its own spellings
	// ("және", "үшін", "бұл", "бойынша"; Kyrgyz "жана", "үчүн", "бул", "боюнча"),
	// Azerbaijani told from Turkish by the words only one of the two lists holds ("və",
	// "ilə", "üçün", "görə", "edib" against "ve", "ile", "için", "göre", "etti"). A
	// Serbian text with "juče" and a Bosnian one with "juče" and "porodica" (Croatian
	// "jučer", "obitelj") read Croatian before.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"kk|Алматыда жаңа метро бекеті ашылды. Қала әкімінің айтуынша, бекет құрылысы екі жылға созылып, оған елу миллиард теңге жұмсалған. Тұрғындар үшін бұл өте ыңғайлы, себебі енді орталыққа жету әлдеқайда жылдам болады. Келесі жылы тағы екі бекет салу жоспарланып отыр.",
			"kk|Астана қаласында жаңа мектеп ашылды. Мектеп үш жүз оқушыға арналған және онда заманауи зертханалар бар. Қала әкімі салтанатты шараға қатысып, балаларды құттықтады. Оның айтуынша, биыл тағы екі мектеп салынады.",
			"kk|Ұлттық банк базалық мөлшерлемені өзгеріссіз қалдырды. Банк өкілдерінің сөзінше, инфляция әлі де жоғары деңгейде болып отыр. Сондай-ақ олар келесі шешім наурыз айында қабылданатынын атап өтті. Сарапшылар бұл шешімді күткен еді.",
			"az|Bakıda yeni məktəb açılıb. Məktəb üç yüz şagird üçün nəzərdə tutulub və burada müasir laboratoriyalar var. Şəhər icra hakimiyyətinin başçısı tədbirdə iştirak edib və uşaqları təbrik edib. Onun sözlərinə görə, bu il daha iki məktəb tikiləcək.",
			"az|Gəncə şəhərində güclü külək səbəbindən bir neçə kənddə elektrik enerjisi kəsilib. Fövqəladə Hallar Nazirliyinin məlumatına görə, təmir işləri gecəyə qədər davam edəcək. Sakinlərə evdən çıxmamaq tövsiyə olunub. Hazırda mütəxəssislər xətti bərpa edir.",
			"az|Mərkəzi Bank uçot dərəcəsini dəyişməz saxlayıb. Bankın açıqlamasına görə, inflyasiya hələ də yüksək səviyyədədir. Həmçinin növbəti qərarın mart ayında qəbul ediləcəyi qeyd olunub. Ekspertlər isə bu qərarı gözləyirdilər.",
			"sr|Ceo grad je juče bio bez struje zbog kvara na trafostanici. Iz elektrodistribucije su rekli da će kvar biti otklonjen do večeri. Građani su se žalili na društvenim mrežama.",
			"bs|Porodica iz Tuzle je juče dobila novu kuću. Gradnja je trajala dvije godine, a novac su prikupili mještani. Djeca su prije toga živjela u staroj kući bez struje." })
	void tellsKazakhAndAzerbaijaniAndSerbianAndBosnianByMoreWords(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// Their look-alikes keep what they read before: a Turkish text quoting an
	// Azerbaijani slogan ("və"), a Turkish one, a Russian one about Kazakhstan quoting a
	// Kazakh name ("Бірлік және келісім"), a Kyrgyz one, a Mongolian one ("2024 оны",
	// not Kazakh), an Uzbek one, and Croatian texts with "jučer" and "obitelj", one of
	// them with a Serbian "uprkos" too.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"tr|Azerbaycan'ın başkenti Bakü'de düzenlenen forumda konuşan bakan, iki ülke arasındaki ticaretin arttığını söyledi. Forumun sloganı \"Azərbaycan və Türkiyə\" oldu. Bakan ayrıca enerji alanında yeni projelerin de gündemde olduğunu belirtti.",
			"tr|İstanbul'da yeni bir okul açıldı. Okul üç yüz öğrenci için tasarlandı ve burada modern laboratuvarlar bulunuyor. Belediye başkanı törene katılarak çocukları tebrik etti. Başkanın açıklamasına göre, bu yıl iki okul daha inşa edilecek.",
			"ru|Президент Казахстана выступил на форуме «Бірлік және келісім» в Астане. Он заявил, что экономика страны растёт быстрее, чем ожидалось. По данным Национального банка, инфляция в этом году снизилась до восьми процентов.",
			"ky|Бишкекте жаңы көпүрө ачылды. Шаардын мэринин айтымында, курулуш эки жылга созулуп, ага жүз миллион сом жумшалган. Тургундар үчүн бул абдан ыңгайлуу, анткени эми борборго жетүү бир топ тезирээк болот. Келерки жылы дагы эки көпүрө курулат деп күтүлүүдө.",
			// Mongolian: read as none until lang52 gave its list the commonest words
			"mn|Улаанбаатар хотод шинэ метроны буудал нээгдлээ. Хотын даргын хэлснээр барилгын ажил хоёр жил үргэлжилсэн бөгөөд 2024 оны төсвөөс санхүүжсэн байна. Иргэд одоо төв рүү илүү хурдан очих боломжтой болно.",
			"uz|Toshkentda yangi maktab ochildi. Maktab uch yuz o'quvchi uchun mo'ljallangan va unda zamonaviy laboratoriyalar bor. Shahar hokimi tadbirda ishtirok etib, bolalarni tabrikladi. Uning so'zlariga ko'ra, bu yil yana ikki maktab quriladi.",
			"hr|Cijeli grad je jučer bio bez struje zbog kvara na trafostanici. Iz elektrodistribucije su rekli da će kvar biti otklonjen do večeri. Građani su se žalili na društvenim mrežama.",
			"hr|Obitelj iz Karlovca je jučer dobila novu kuću. Gradnja je trajala dvije godine, a novac su prikupili mještani. Djeca su prije toga živjela u staroj kući bez struje.",
			// review38b: one Serbian and Bosnian "uprkos" against Croatian's own
			// "obitelj"
			// (read Bosnian before "obitelj" was in hr.properties)
			"hr|Obitelj iz Karlovca je dobila novu kuću uprkos svemu. Gradnja je trajala dvije godine, a novac su prikupili mještani. Djeca su prije toga živjela u staroj kući bez struje." })
	void keepsTheLanguageOfTextsCloseToKazakhAndAzerbaijaniAndSerbianAndBosnian(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// asia39: Kyrgyz news prose told by more of its commonest words in Kyrgyz spellings
	// ("жаңы", "алардын", "быйыл", "учурда", "анткени", "жөнүндө", "көптөгөн"), where its
	// first list of 30 found too few.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ky|Ош шаарында жаңы оорукана курулат. Бул тууралуу шаардык мэрия бүгүн маалымдады. Алардын айтымында, курулуш быйыл башталып, кийинки жылы бүтөт. Учурда шаарда башка ооруканалар жетишсиз, анткени калктын саны көбөйүүдө.",
			"ky|Мектептердин көптөгөн окуучулары жөнүндө жаңы изилдөө жарыяланды. Изилдөөнүн жыйынтыгы боюнча, балдардын жарымы күнүнө үч сааттан ашык телефон карашат. Адистер мындай абал тынчсыздандырат деп эсептешет." })
	void tellsKyrgyzByMoreWords(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// asia39: the same news in Kazakh spellings ("жаңа", "олардың", "биыл", "қазір",
	// "өйткені") stays Kazakh, and Uzbek in Cyrillic is not read as Kyrgyz.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"kk|Алматыда жаңа аурухана салынады. Бұл туралы қала әкімдігі бүгін хабарлады. Олардың айтуынша, құрылыс биыл басталып, келесі жылы аяқталады. Қазір қалада басқа ауруханалар жетіспейді, өйткені халық саны өсуде.",
			// Uzbek in Cyrillic: read as none until lang52 wrote uz.properties' words in
			// it
			"uz|Тошкентда янги шифохона қурилади. Бу ҳақда шаҳар ҳокимлиги бугун маълум қилди. Уларнинг айтишича, қурилиш шу йил бошланиб, келаси йили тугайди. Ҳозир шаҳарда бошқа шифохоналар етишмайди." })
	void keepsTheLanguageOfTextsCloseToKyrgyz(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// lang52: the open sets' short bodies the detector read wrong or not at all — Malay
	// told from Indonesian, Estonian from Finnish, Luxembourgish from German and
	// Icelandic
	// from Norwegian by the words only one of each pair's lists holds (each list holding
	// the other's words it writes alike), Mongolian, Azerbaijani, Xhosa and Zulu by more
	// of their commonest words, Uzbek in Cyrillic, Hausa's "da", Maltese's "il", "se",
	// "u".
	// Every text below is read wrong or as none on the base.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ms|Kerajaan negeri berkata projek jalan baharu itu dijangka siap tahun depan kerana kerja pembinaan berjalan lancar. Menurut menteri berkenaan, seramai 200 pekerja terlibat dan mereka akan menerima bayaran selepas kerja itu selesai.",
			"et|Vallavalitsus teatas teisipäeval, et uus lasteaed avatakse juba jaanuaris. Ehitus maksis umbes kolm miljonit eurot ja see on palju suurem kui vana hoone. Vallavanema sõnul on kohti praegu vähemalt sada, kuid soovijaid on rohkem.",
			"lb|D'Gemeng wëll d'nächst Joer eng nei Schoul bauen, déi am Zentrum soll stoen. Et ass geplangt, datt d'Aarbechten am Fréijoer ufänken, mä de Budget ass nach net gestëmmt. Mir wëllen net ze laang waarden, seet de Buergermeeschter.",
			"is|Ný brú var opnuð yfir ána á þriðjudag og tengir hún tvö hverfi. Framkvæmdin kostaði um fimm hundruð milljónir króna, að sögn borgarstjóra, og íbúar fagna opnuninni.",
			"mn|Улаанбаатар хотын төвд шинэ номын сан өнөөдөр нээгдлээ. Барилгын ажил хоёр жил үргэлжилсэн бөгөөд одоо хүүхэд залуучууд үнэгүй ашиглах боломжтой гэж хотын дарга хэлэв. Ирэх онд дахин хоёр номын сан барина.",
			"az|Bakıda yeni metro stansiyası istifadəyə verilib. Stansiyanın tikintisi təxminən üç il ərzində aparılıb. Rəsmilərin sözlərinə görə, stansiyada həmçinin liftlər quraşdırılıb. Sakinlər stansiyanın açılmasından məmnundurlar.",
			"uz|Самарқандда янги кўприк ишга туширилди. Шаҳар ҳокимлиги маълумотига кўра, қурилиш икки йил давом этди ва унга кўп маблағ сарфланди. Энди йўловчилар марказга жуда тез етиб боради, деди ҳоким.",
			"ha|Manoma a jihar Kano sun ce farashin tumatir ya fadi sosai a wannan makon saboda yawan amfanin gona da aka girba. Wani manomi ya ce da kyar suke samun riba da kuma kudin mota da na taki.",
			"mt|Il-Kunsill lokali ħabbar li l-ġnien il-ġdid se jinfetaħ fi Frar. Matul ix-xogħlijiet, in-nies kienu jużaw triq oħra, u issa jistgħu jimxu bla periklu, qal is-sindku. Il-proġett swa madwar miljun ewro.",
			"xh|Isikolo esitsha siza kuvulwa ukusukela ngoFebruwari. Ngokutsho kwesebe lemfundo, kufuneka abazali babhalise abantwana babo kwangoko, kuba uninzi lwezikolo zale ndawo zigcwele. Akukho mali iza kuhlawulwa.",
			"zu|Abantu abaningi baseThekwini bathi kufanele kube nomtholampilo eduze kwamakhaya abo. Manje kufanele bahambe ibanga elide ukuya esibhedlela, kusho umholi womphakathi." })
	void tellsTheLanguagesOfTheOpenSetsShortBodies(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// lang52's near misses: the larger language of each pair keeps its texts — an
	// Indonesian text with its own "karena", one with none of the words only one list
	// holds (a tie is Indonesian's), the same news in Finnish, German, Norwegian,
	// Italian,
	// Portuguese (Hausa's "da") and Croatian (Maltese's "u").
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"id|Pemerintah daerah mengatakan proyek jalan baru itu ditargetkan selesai tahun depan karena pekerjaan berjalan lancar. Menurut menteri, sekitar 200 pekerja terlibat dan mereka akan menerima upah setelah pekerjaan itu selesai.",
			"id|Pemerintah kota memulai pembangunan jalur kereta baru pada hari Selasa. Proyek itu ditargetkan selesai akhir tahun dan akan mempercepat distribusi barang dari pelabuhan ke kawasan industri.",
			"fi|Kunta kertoi tiistaina, että uusi päiväkoti avataan jo tammikuussa. Rakentaminen maksoi noin kolme miljoonaa euroa, ja se on paljon suurempi kuin vanha rakennus. Kunnanjohtajan mukaan paikkoja on nyt ainakin sata, mutta hakijoita on enemmän.",
			"de|Die Gemeinde will im nächsten Jahr eine neue Schule bauen, die am Zentrum stehen soll. Geplant ist, dass die Arbeiten im Frühjahr beginnen, aber der Haushalt ist noch nicht beschlossen, sagt der Bürgermeister zu den Plänen.",
			"no|Et nytt svømmebasseng åpner i byen til våren, og kostnaden er rundt en milliard kroner. Ifølge ordføreren ble arbeidet forsinket på grunn av været, men nå går det bra. Innbyggerne har ventet lenge, sier han.",
			"it|Il governo ha detto che la nuova strada sarà aperta a gennaio e collegherà la città al porto. Durante i lavori le auto hanno usato un'altra strada, ha detto il ministro, e la gente ora può camminare a piedi.",
			"pt|O governo disse que a nova estrada da cidade será aberta em janeiro e vai ligar o centro ao porto. Durante as obras, os carros usaram outra estrada, disse o ministro da região.",
			"hr|Vlada je u ponedjeljak priopćila da će nova cesta biti otvorena u siječnju i povezati grad s lukom. Tijekom radova automobili su koristili drugu cestu, rekao je ministar u izjavi." })
	void keepsTheLanguageOfTextsCloseToLang52s(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// review52b: a short German or Finnish text holding only words both lists of its pair
	// hold ("der", "am", "war"; "ja", "on", "oli") is read as the larger language, the
	// pair named in de.properties and fi.properties. be438d50 named the pairs in
	// lb.properties and et.properties, and a tie went to Luxembourgish and Estonian.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "de|Der erste Spieltag der neuen Saison war am 12. August, der letzte am 20. Mai.",
					"de|Am Montag war der Markt bis zum Abend voll. Dann kam der Regen.",
					"fi|Sää oli kaunis ja ranta on täynnä, ja kahvila oli auki myöhään.",
					"fi|Hinta on 10 euroa ja lippu oli loppuunmyyty jo maanantaina, ja jono oli pitkä." })
	void readsATextWithOnlyThePairsSharedWordsAsTheLargerLanguage(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// lang53: the open sets' last misses — Latvian, Lithuanian and Danish by the everyday
	// words Lucene's lists lack, read beside them from the language files (Danish's
	// "kan", "kun", "både" counted for Norwegian alone in their pair: this Danish text
	// read Norwegian), French by "a", "très", "depuis", "environ" over the "de", "la",
	// "les" Catalan and Spanish write too, Kazakh by more of its words, Marathi by
	// "सुमारे", "पुढील", Serbian in Cyrillic by "а", "не", "до" (Russian's too) and by
	// "али", "око", Malay by "percuma". Every text below is read wrong or as none on
	// d7cc1a6a.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"lv|Pilsētas dome vakar atklāja jaunu bibliotēku, kas atrodas vecajā skolas ēkā. Tajā būs aptuveni divdesmit tūkstoši grāmatu, un lasītāji to varēs apmeklēt vēl šogad, teica mērs.",
			"lt|Miesto savivaldybė vakar atidarė naują biblioteką senojoje mokykloje. Joje bus beveik dvidešimt tūkstančių knygų, o daugiau skaitytojų tikimasi dar šiais metais, teigimu mero.",
			"da|Biblioteket holder åbent hver dag, og man kan låne bøger uden at betale. Det er kun lukket om søndagen, siger lederen, der har arbejdet her i mange år.",
			"fr|Le maire a inauguré samedi la nouvelle piscine de la ville, très attendue depuis des années. Les travaux ont coûté environ deux millions, a précisé la mairie.",
			"kk|Алматы қаласында жаңа көпір салынып жатыр. Құрылыс жұмыс тобының мәліметінше, көпір өзен арасындағы екі ауданды жалғайды. Жұмыс түні бойы жүріп жатыр, жақын арада аяқталады.",
			"mr|पुण्यात नवीन ग्रंथालय सुरू झाले असून तेथे सुमारे दहा हजार पुस्तके उपलब्ध आहेत. पुढील वर्षी आणखी जास्त पुस्तके येतील, असा विश्वास अधिकाऱ्यांनी व्यक्त केला.",
			"sr|Градска управа отворила је нову библиотеку у центру града. Зграда ће имати око две хиљаде књига, а радови би требало да буду завршени до краја године, али грађани не могу још да је посете.",
			"ms|Program makan tengah hari percuma untuk pelajar akan diteruskan tahun depan, kata menteri dalam satu kenyataan hari ini." })
	void tellsTheLanguagesOfTheOpenSetsLastMisses(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// lang53's near misses: the same news in Norwegian (Bokmål's "kan", "bare", "uten",
	// "sier"), Swedish, Estonian (its "ja" is no Danish word), Catalan, Spanish, Italian,
	// Haitian Creole, Macedonian and Bulgarian (their "а", "не", "до" are Serbian's too
	// now), Hindi, an Indonesian text with "percuma saja", and an Afrikaans one; each
	// keeps its language.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"no|Kommunen åpner en ny svømmehall til våren, og den kan brukes av alle. Prisen har blitt litt høyere enn ventet, sier ordføreren, men byggingen går nå igjen etter planen.",
			"no|Biblioteket holder åpent hver dag, og man kan låne bøker uten å betale. Det er bare stengt på søndag, sier lederen, som har jobbet her i mange år.",
			"sv|Kommunen öppnar en ny simhall till våren, och den kan användas av alla. Priset har blivit lite högre än väntat, säger kommunalrådet, men bygget går nu enligt planen igen.",
			"et|Linnavalitsus avas eile uue raamatukogu vanas koolimajas ja seal on umbes kakskümmend tuhat raamatut. Linnapea sõnul on lugejaid praegu palju ja neid tuleb veel juurde.",
			"ca|El govern va anunciar dimarts que la línia de tramvia arribarà fins a l'hospital. Les obres costaran uns tres mil milions de francs i duraran més de dos anys, segons el ministre.",
			"es|El gobierno anunció el martes que la línea de tranvía llegará hasta el hospital. Las obras costarán unos tres mil millones de francos y durarán más de dos años, según el ministro.",
			"it|Il governo ha annunciato martedì che la linea del tram arriverà fino all'ospedale. I lavori costeranno circa tre miliardi e dureranno più di due anni, secondo il ministro.",
			"ht|Meri a te anonse jedi konstriksyon nouvo pisin nan vil la. Travay yo ap kòmanse nan mwa avril, epi tout moun ap ka naje gratis, dapre konsèy la.",
			"mk|Градската управа отвори нова библиотека во центарот на градот. Зградата ќе има околу две илјади книги, а работите би требало да бидат завршени до крајот на годината, но граѓаните не можат да ја посетат.",
			"bg|Градската управа откри нова библиотека в центъра на града. Сградата ще има около две хиляди книги, а работите трябва да бъдат завършени до края на годината, но гражданите не могат да я посетят.",
			"hi|पुणे में नया पुस्तकालय शुरू हुआ है और वहाँ लगभग दस हजार किताबें उपलब्ध हैं। अगले साल और ज्यादा किताबें आएंगी, ऐसा अधिकारियों ने कहा।",
			"id|Program makan siang untuk siswa akan dilanjutkan tahun depan, kata menteri. Menurutnya, program itu tidak percuma saja karena banyak siswa yang datang ke sekolah.",
			"af|Die prys van die brood is in die dorp al hoog, en hulle sê dit sal nie daal nie." })
	void keepsTheLanguageOfTextsCloseToLang53s(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// review53b: an Afrikaans text with no word only one list of the pair holds (no
	// "nie", "vir", "hy") is all words Dutch's list holds too ("die", "het", "is", "in"):
	// the tie is Afrikaans's, as a Dutch text can hardly avoid "de", "een", "zijn", the
	// pair named in af.properties. Indonesian writes "kenyataan" for a fact ("kenyataan
	// pahit"), so it is no Malay word. Each of these read Dutch or Malay on lang53's
	// merge; the Dutch text beside them holds "de" and "een" and stays Dutch.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "af|Die boer het die koei na die mark in die dorp geneem.",
			"af|Die polisie het die verdagte op Maandag in die Kaap gearresteer. Die saak is na die hof verwys.",
			"af|Die wedstryd in Pretoria is weens die reën uitgestel. Die span het al twee keer verloor.",
			"id|Kenyataan pahit itu harus diterima oleh para petani di desa tersebut, yang kini kehilangan hampir seluruh hasil panen mereka.",
			"nl|De bibliotheek in het dorp is in een oud postkantoor ingericht en heeft meer dan drieduizend boeken." })
	void tellsAfrikaansAndIndonesianFromTheirNeighboursOnATie(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// lang54: a Norwegian paragraph without "av", "etter", "ble" holds only words both
	// lists hold, or Danish's list's alone: "under", "alt", "hos", "ham" and "jo" are
	// Norwegian words too (no.properties), and "sier", "litt", "gikk", "igjen", "mye",
	// "blant", Nynorsk's "frå", "seier" are Norwegian's own. Each read Danish (a tie is
	// Danish's) or none before.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"no|– Folk bør skru ned varmen litt der de kan, sier en rådgiver i Forbrukerrådet. Hun mener mange fortsatt ikke vet hvor mye de bruker.",
			"no|Et skred gikk over fylkesvei 17 i Nordland natt til søndag. Veien er stengt i begge retninger, og det er ikke kjent når den kan åpnes igjen.",
			"no|Geologer skal vurdere fjellsiden før ryddingen kan starte. Det har regnet mye i området den siste uken, og faren for nye skred er fortsatt stor.",
			"no|Kunnskapsministeren mener loven er nødvendig. Hun viser til at fraværet har økt siden pandemien, særlig blant elever i videregående skole.",
			"no|Laget frå Førde vann cupfinalen i handball for jenter under 16 år. Finalen enda 28–24 etter ein jamn kamp.",
			"no|– Det kan vere mat, temperatur eller lus, seier prosjektleiaren. Vi må sjå på alt saman." })
	void readsNorwegianWithoutTheWordsOnlyItsListHeld(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// lang54's near misses: Danish writes "under", "alt", "hos", "ham", "jo" as Norwegian
	// does, so they tell nothing now, and a Danish text keeps its own words ("siger",
	// "blev", "efter", "sig", "nu"); Swedish writes "vet", "lite", "hos" too (no
	// Norwegian stop words since review54d but "hos", Swedish's too), and its own words
	// lead it; Icelandic keeps its pair with Norwegian.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"da|Politiet har talt med ham flere gange. Han er jo kendt i området, siger en betjent, men han er ikke sigtet for noget.",
			"da|Hos naboerne var der ingen hjemme, da branden brød ud. De var på ferie i Spanien og fik besked om branden i telefonen.",
			"da|Alt tyder på, at vinteren bliver kold. Meteorologerne venter sne allerede i næste uge, og kommunen har gjort saltbilerne klar.",
			"da|Under forhandlingerne i efteråret var cykelstierne et krav fra flere partier. Aftalen blev indgået i nat.",
			"da|Regeringen vil bruge to milliarder kroner på nye cykelstier de kommende år. Pengene skal især gå til pendlere i de store byer.",
			"sv|– Folk bör sänka värmen lite där de kan, säger en rådgivare hos Energimyndigheten. Hon menar att många fortfarande inte vet hur mycket de använder.",
			"is|Nágrannarnir vöknuðu við reykskynjarann. – Við heyrðum bara pípið og sáum reyk koma út um gluggann, segir kona sem býr í næsta húsi. Lögreglan veit ekki enn hvað olli eldinum." })
	void keepsTheLanguageOfTextsCloseToLang54sNorwegian(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// lang54: Lucene's Finnish list is pronouns and verb forms; a short Finnish text's
	// "on" and "ja" are Catalan's and Estonian's too, and without "myös", "koko",
	// "milloin", "sanoo", "uusi" (fi.properties) it read none. The Estonian text beside
	// it, with its "oma" and no "ka", stays Estonian.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"fi|Tampereen uusi kirjasto avaa ovensa lauantaina, kun kahden vuoden rakennustyö on valmis. Kirjoja on siirretty uusiin tiloihin koko syksyn.",
			"fi|– Moni on kysynyt, milloin pääsee lainaamaan. Nyt odotus on ohi, sanoo kirjaston johtaja Anna Virtanen.",
			"et|Raamatukogu on avatud ka pühapäeviti ja lastel on oma korrus. Avamisel pakutakse kohvi ja saiakesi." })
	void readsShortFinnishByItsEverydayWords(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// review54d: Swedish writes "hos", "vet" and "lite" as Norwegian does, and Lucene's
	// Swedish list lacks them: counted for Norwegian alone (lang54's no.properties), a
	// short Swedish text fell under its lead over Norwegian and read none. sv.properties
	// lists "hos"; "vet" and "lite" are no Norwegian stop words any more.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"sv|Det var lite kaos när tåget stannade. Vi vet inte när det kommer igång igen, sa en resenär.",
			"sv|Under natten till söndagen brann det i ett hus i Umeå. Ingen skadades, men det är lite oklart hur branden startade, säger räddningstjänsten.",
			"sv|Han bor hos sin mamma under sommaren och jobbar på ett kafé vid hamnen." })
	void keepsSwedishWhoseEverydayWordsNorwegianWritesToo(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// review54d: "under", "alt", "ham" count for Danish and Norwegian alike, so a short
	// English line holding them tied the pair with no word to tell it, and the tie's
	// language, Danish, was taken without its lead over English's "the", "at", "for".
	@Test
	void needsTheLeadOverTheRestWhenNoWordTellsAPair() {
		assertThat(LanguageDetector.detect("Under the sea: West Ham fans sing for Alt-J at the ham festival."))
			.isNotIn("da", "no");
	}

	// Its near miss: a Danish line of words Norwegian writes alike is still the tie's,
	// Danish, when it leads the rest (Swedish's "har", "hos", "dem", "under", "er").
	@Test
	void keepsAPairsTieThatLeadsTheRest() {
		assertThat(LanguageDetector.detect("Hun har jo boet hos dem under hele sommeren, og alt er gået godt."))
			.isEqualTo("da");
	}

	// review54d: Estonian writes "uusi" too (the plural partitive of "uus", new: "uusi
	// töökohti"); in Finnish's list alone (lang54) it read these Estonian texts none or
	// Finnish. Both lists hold it now, and Finnish's own "uusia" text stays Finnish.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"et|Linn lubab järgmisel aastal uusi bussiliine ja uusi peatusi. Uusi busse on oodatud juba pikalt, sest vanad on katki.",
			"et|Uusi kortereid ehitatakse palju. Hinnad on tõusnud ja pangad on laenude andmisel ettevaatlikud.",
			"fi|Kaupunki etsii uusia ratkaisuja. Suunnitelma on olemassa, mutta rahaa on vähän eikä aikaa ole." })
	void readsEstonianUusiAsBothListsWord(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// An Estonian text with "uusi" and no word only one list holds is no Finnish one.
	@Test
	void readsNoFinnishFromEstonianUusi() {
		assertThat(LanguageDetector
			.detect("Valitsus otsib uusi lahendusi. Plaan on olemas, aga raha on vähe ja aega ei ole."))
			.isNotEqualTo("fi");
	}

	// A word's detector languages are bits of two longs: the 65th language takes the
	// second long's first bit, the 128th its top bit; a 129th would take the first
	// one's bit (1L << 128 is 1L) and count its words for that language, so the table is
	// not made.
	@Test
	void keepsTwoLongsOfLanguagesAndRefusesMore() {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i <= LanguageDetector.MAX_LANGUAGES; i++) {
			codes.add("x" + i);
		}
		assertThatIllegalStateException()
			.isThrownBy(() -> LanguageDetector.wordLanguages(codes, (code) -> List.of("word" + code)))
			.withMessageContaining("129 languages")
			.withMessageContaining("x128");
		Map<String, long[]> sixtyFive = LanguageDetector.wordLanguages(codes.subList(0, Long.SIZE + 1),
				(code) -> List.of("word" + code));
		assertThat(sixtyFive.get("wordx0")).containsExactly(1L, 0L);
		assertThat(sixtyFive.get("wordx64")).containsExactly(0L, 1L);
		Map<String, long[]> words = LanguageDetector.wordLanguages(codes.subList(0, LanguageDetector.MAX_LANGUAGES),
				(code) -> List.of("word" + code, "shared"));
		assertThat(words.get("wordx63")).containsExactly(Long.MIN_VALUE, 0L);
		assertThat(words.get("wordx127")).containsExactly(0L, Long.MIN_VALUE);
		assertThat(words.get("shared")).containsExactly(-1L, -1L);
		assertThat(words).hasSize(LanguageDetector.MAX_LANGUAGES + 1);
	}

	// Adding a language is one file with its stop words: the detector reads it past the
	// first long's 64 languages, up to its limit, and the real languages still read
	// right (English by the merged table, Swahili by the second one, Zulu, the last
	// file's language in the detector's order, by the top bit used). Each case loads the
	// extractor's classes afresh, with invented language files (codes no file has) put
	// before the real ones on the class path.
	@ParameterizedTest
	@ValueSource(ints = { Long.SIZE + 1, LanguageDetector.MAX_LANGUAGES })
	void readsALanguageAddedAsOneFileUpToTheLimit(int languages, @TempDir Path files) throws Exception {
		List<String> added = addInventedLanguages(files, languages - languagesOf(LanguageDetector.stopWordLists()));
		try (URLClassLoader extractor = extractorWith(files)) {
			assertThat(languagesOf(wordLanguages(extractor))).isEqualTo(languages);
			for (String code : added) {
				assertThat(detect(extractor, inventedText(code))).as(code).isEqualTo(code);
			}
			assertThat(detect(extractor,
					"The government said on Monday that it would not change the rules, and the opposition called for a vote."))
				.isEqualTo("en");
			assertThat(detect(extractor,
					"Serikali imesema kwamba haitabadilisha sheria hizo, lakini wabunge wa upinzani wametaka kura ifanyike kabla ya mwisho wa mwaka huu katika bunge."))
				.isEqualTo("sw");
			assertThat(detect(extractor,
					"Abantu abaningi baseThekwini bathi kufanele kube nomtholampilo eduze kwamakhaya abo. Manje kufanele bahambe ibanga elide ukuya esibhedlela, kusho umholi womphakathi."))
				.isEqualTo("zu");
		}
	}

	// One language past the limit stops the load, saying why, instead of counting its
	// words for another language.
	@Test
	void refusesALanguageFilePastTheLimitAtLoad(@TempDir Path files) throws Exception {
		List<String> added = addInventedLanguages(files,
				LanguageDetector.MAX_LANGUAGES + 1 - languagesOf(LanguageDetector.stopWordLists()));
		try (URLClassLoader extractor = extractorWith(files)) {
			assertThatThrownBy(() -> detect(extractor, inventedText(added.get(0)))).rootCause()
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("129 languages have stop words");
		}
	}

	// How many languages the detector has: the highest bit any word holds, plus one.
	private static int languagesOf(Map<String, long[]> words) {
		int languages = 0;
		for (long[] bits : words.values()) {
			for (int i = 0; i < bits.length; i++) {
				if (bits[i] != 0) {
					languages = Math.max(languages, i * Long.SIZE + Long.SIZE - Long.numberOfLeadingZeros(bits[i]));
				}
			}
		}
		return languages;
	}

	// Language files for as many ISO codes that have no file and are no language of the
	// detector's (Lucene's Norwegian, "no", may have none), each with its own invented
	// stop words; the codes, in order.
	private static List<String> addInventedLanguages(Path files, int count) throws IOException {
		Path folder = Files.createDirectories(files.resolve("io/broadsheet/extract/languages"));
		List<String> codes = Arrays.stream(Locale.getISOLanguages())
			.filter((code) -> LanguageDetector.class.getResource("languages/" + code + ".properties") == null
					&& !LanguageDetector.languages().contains(code))
			.limit(count)
			.toList();
		assertThat(codes).hasSize(count);
		for (String code : codes) {
			Files.writeString(folder.resolve(code + ".properties"),
					"stop-words = " + String.join(", ", inventedWords(code)) + "\n");
		}
		return codes;
	}

	private static List<String> inventedWords(String code) {
		return List.of(code + "zqa", code + "zqe", code + "zqi", code + "zqo", code + "zqu");
	}

	private static String inventedText(String code) {
		List<String> words = inventedWords(code);
		return String.join(" ", words) + " " + String.join(" ", words) + ".";
	}

	// The extractor's classes, loaded anew by a loader that finds the files first.
	private static URLClassLoader extractorWith(Path files) throws IOException {
		List<URL> path = new ArrayList<>();
		path.add(files.toUri().toURL());
		for (Class<?> type : List.of(LanguageDetector.class, CharArrayMap.class, ArabicAnalyzer.class,
				com.ibm.icu.util.Calendar.class)) {
			path.add(type.getProtectionDomain().getCodeSource().getLocation());
		}
		return new URLClassLoader(path.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, long[]> wordLanguages(ClassLoader extractor) throws Exception {
		Method lists = Class.forName(LanguageDetector.class.getName(), true, extractor)
			.getDeclaredMethod("stopWordLists");
		lists.setAccessible(true);
		return (Map<String, long[]>) lists.invoke(null);
	}

	private static String detect(ClassLoader extractor, String text) throws Exception {
		Method detect = Class.forName(LanguageDetector.class.getName(), true, extractor)
			.getDeclaredMethod("detect", String.class);
		detect.setAccessible(true);
		return (String) detect.invoke(null, text);
	}

	// The body's language is read block by block, taking each block's stop words from
	// the page's pass (Paragraph.words) where it has looked them up: it must tell what
	// reading the joined body tells, in every script, with digits and marks inside words
	// (a run of letters that is not the detector's word is looked up alone) and past
	// LanguageDetector.MAX_CHARS (400 blocks), where the joined text is cut.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"The government said on Monday that it would not change the rules, and the opposition called for a vote.",
			"Die Regierung hat am Montag erklärt, dass sie die Regeln nicht ändern werde, und die Opposition forderte es.",
			"Правительство заявило в понедельник, что не будет менять правила, а оппозиция потребовала голосования.",
			"सरकार ने सोमवार को कहा कि वह नियमों को नहीं बदलेगी और विपक्ष ने इस साल के अंत से पहले मतदान की मांग की।",
			"Covid19 cases fell in 2024 and the mayor's office said the rules will not change before the vote.",
			// Swahili, ASCII: its words' bits from StopWords' second table, in the
			// blocks'
			// pass too
			"Serikali imesema kwamba haitabadilisha sheria hizo, lakini wabunge wa upinzani wametaka kura ifanyike kabla ya mwisho wa mwaka huu katika bunge." })
	void readsTheBodyBlockByBlockAsTheJoinedBody(String sentence) {
		for (int blocks : new int[] { 1, 3, 400 }) {
			List<Paragraph> paragraphs = new ArrayList<>();
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < blocks; i++) {
				Paragraph paragraph = new Paragraph(sentence + " " + sentence, 2 * i + 1);
				paragraphs.add(paragraph);
				texts.add(paragraph.text());
				if (i % 2 == 0) {
					// as the page's pass reads them; odd blocks are left unread
					char[] chars = paragraph.text().toCharArray();
					paragraph.words(chars, Integer.MAX_VALUE);
				}
			}
			String joined = String.join("\n\n", texts);
			assertThat(LanguageDetector.detect(texts, paragraphs, 2)).as("%d blocks", blocks)
				.isEqualTo(LanguageDetector.detect(joined));
		}
	}

	// lang55: Norwegian writes "åpent", "ganger", "kveld", "uke", "gjelder" where Danish
	// writes "åbent", "gange", "aften", "uge", "gælder", and Nynorsk "veke", "kjem",
	// "truleg"; a paragraph whose other words both lists hold read Danish (a tie is
	// Danish's) or none before no.properties listed them.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "no|Svømmehallen i Harstad holder åpent hver kveld i julen, og det er gratis for barn.",
					"no|Neste uke gjelder nye regler for parkering ved sykehuset, og de som har kort, må bytte det.",
					"no|Ferja går fire gonger i veka, og truleg kjem det ei ny rute til sommaren." })
	void readsNorwegianByItsOwnSpellingsOfSharedWords(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// Their near misses: the same sentences in Danish, with Danish's spellings, stay
	// Danish.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"da|Svømmehallen i Aalborg holder åbent hver aften i julen, og det er gratis for børn.",
			"da|I næste uge gælder nye regler for parkering ved sygehuset, og de, der har kort, skal bytte det.",
			"da|Broen har været lukket tre gange i år, og vi har alligevel ikke fået svar fra kommunen.",
			"da|Billedet er taget i løbet af natten, og der er rigtig mange, der har set det." })
	void keepsDanishBesideNorwegiansOwnSpellings(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// lang55: Malay's "percuma" (free of charge) is Indonesian's "in vain"; an Indonesian
	// text without "saja", "karena", "bahwa" read Malay or none by it. Indonesian's
	// "uang", "berbeda", "kemarin", "kendaraan", "kantor", "menit" (id.properties; Malay
	// writes "wang", "berbeza", "semalam", "kenderaan", "pejabat", "minit") tell it.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"id|Semua uang yang dikumpulkan warga ternyata percuma. Hasil rapat kemarin berbeda dari janji pemerintah daerah.",
			"id|Antrean kendaraan di depan kantor camat mengular hingga empat puluh menit, dan semua imbauan petugas percuma." })
	void readsIndonesianWithMalaysPercumaByItsOwnSpellings(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// Their near misses: Malay texts with "percuma" and Malay's spellings stay Malay.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ms|Rawatan di klinik desa itu percuma. Wang yang dikumpul daripada orang ramai akan digunakan untuk membeli ubat, kata beliau.",
			"ms|Keadaannya berbeza daripada tahun lalu. Tiket masuk adalah percuma untuk kanak-kanak dan warga emas pada hujung minggu." })
	void keepsMalayWithPercuma(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// lang55: a short Uzbek text's "bu", "bir", "biz" count for Turkish, and its
	// "davomida", "birinchi", "necha", "qayta" (uz.properties) were no list's: it read
	// none (blind32's Samarkand page). The same text in Turkish and in Azerbaijani stays
	// theirs.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"uz|Ustaxona bir yil davomida yosh ustalarni o'qitadi va birinchi marta qishloq maktabi bilan ishlaydi. Necha kishi kelishini hech kim bilmaydi, lekin ustalar qayta ishlashga tayyor.",
			"uz|Ko'prik uch oy davomida yopiq edi va birinchi avtobus faqat dushanba kuni o'tdi. Yo'l qayta ta'mirlanganidan keyin haydovchilar xursand.",
			"tr|Atölye bir yıl boyunca genç ustaları eğitecek ve ilk kez köy okuluyla birlikte çalışacak. Kaç kişinin geleceğini kimse bilmiyor, ama ustalar yeniden çalışmaya hazır.",
			"az|Emalatxana bir il ərzində gənc ustaları öyrədəcək və ilk dəfə kənd məktəbi ilə işləyəcək. Neçə nəfərin gələcəyini heç kim bilmir, amma ustalar yenidən işləməyə hazırdır." })
	void readsShortUzbekByItsEverydayWords(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

	// review55b: Danish writes "ganger" too (multiplies: "man ganger mængderne med to");
	// a Danish line whose only word one list held was it read Norwegian while
	// no.properties listed it. A Norwegian line with "flere ganger" keeps its "gjelder"
	// and "uke".
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = {
					"da|Opskriften er til fire personer, så man ganger bare mængderne med to, hvis der kommer gæster.",
					"no|Ferja går flere ganger om dagen, og billetten gjelder i en uke." })
	void keepsDanishsGangerDanish(String language, String text) {
		assertThat(LanguageDetector.detect(text)).isEqualTo(language);
	}

}
