package dk.tvaers.board;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the board's page at /board/ (the page itself is static/board/index.html). */
@Configuration(proxyBeanMethods = false)
public class BoardPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/board", "/board/");
        registry.addViewController("/board/").setViewName("forward:/board/index.html");
    }
}
