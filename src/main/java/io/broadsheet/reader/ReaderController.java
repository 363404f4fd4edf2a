package io.broadsheet.reader;

import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.broadsheet.system.InvalidParameterException;
import io.broadsheet.system.ResourceNotFoundException;

/**
 * The reader: HTML pages for people over the same services as the JSON API. The home page
 * is {@code /}; other pages live under {@code /read/}, apart from the API's paths, so
 * that the API's rules (problem documents, unknown parameters refused) stay the API's.
 * Every page is HTML only: a client that accepts only JSON gets the API's 406 problem.
 * Parameters are named explicitly: under the JaCoCo agent of {@code verify} their names
 * were not found by reflection.
 */
@Controller
@Hidden
class ReaderController {

	private final ReaderPages pages;

	ReaderController(ReaderPages pages) {
		this.pages = pages;
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String home(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "author", required = false) List<String> author,
			@RequestParam(name = "date", required = false) String date,
			@RequestParam(name = "publisher", required = false) String publisher,
			@RequestParam(name = "language", required = false) String language,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "page", required = false) String page, Model model) {
		ReaderQuery query = ReaderQuery.of(q, author, date, publisher, language, sort, page);
		model.addAttribute("home", this.pages.home(query));
		return "reader/home";
	}

	@GetMapping(path = "/read/articles/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String article(@PathVariable("id") String id, Model model) {
		model.addAttribute("page", this.pages.article(id));
		return "reader/article";
	}

	@GetMapping(path = "/read/authors/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String author(@PathVariable("id") String id, @RequestParam(name = "page", required = false) String page,
			Model model) {
		int number = ReaderQuery.of(null, null, null, null, null, null, page).page();
		model.addAttribute("page", this.pages.author(id, number));
		return "reader/author";
	}

	// A person who follows a stale link gets a page, with a way back, not a JSON problem.
	@ExceptionHandler(ResourceNotFoundException.class)
	String notFound(ResourceNotFoundException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("title", ex.getBody().getTitle());
		model.addAttribute("detail", ex.getBody().getDetail());
		return "reader/error";
	}

	@ExceptionHandler(InvalidParameterException.class)
	String badRequest(InvalidParameterException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("title", "This address asks for something the reader does not understand");
		model.addAttribute("errors", ex.getErrors());
		return "reader/error";
	}

}
