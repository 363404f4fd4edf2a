package io.broadsheet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Broadsheet: a folder of scraped article text files, served as a clean, queryable REST
 * API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BroadsheetApplication {

	public static void main(String[] args) {
		SpringApplication.run(BroadsheetApplication.class, args);
	}

}
