package dk.tvaers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Camunda Tasklist as a caseworker uses it, for browser tests: log in, start a process from "Start proces", open a
 * task, claim it, fill its Camunda Form (form-js, whose fields have ids ending in {@code -<key>}) and complete it.
 * Every step waits for a condition (an element, a server's answer), never for a time.
 */
public final class Tasklist {

    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Page page;
    private final String base;

    Tasklist(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    public Page page() {
        return page;
    }

    void login(String user, String password) {
        page.navigate(base + "/camunda/app/tasklist/");
        // AngularJS binds the login form after the page has loaded: a click before that sends nothing
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Response login = null;
        for (int attempt = 1; login == null; attempt++) {
            page.fill("input[ng-model=\"username\"]", user);
            page.fill("input[ng-model=\"password\"]", password);
            try {
                login = page.waitForResponse(
                        response -> response.url().contains("/login/tasklist"),
                        new Page.WaitForResponseOptions().setTimeout(15_000),
                        () -> page.click("button[type=\"submit\"]"));
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 2) throw e;
            }
        }
        if (login.status() != 200) throw new AssertionError(user + " could not log in: " + login.status());
        page.locator(".task-filter").first().waitFor();
        // let Tasklist finish loading its filters and tasks before the next navigation
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Tasklist's main page: the filters and the task list. */
    public Tasklist open() {
        page.navigate(base + "/camunda/app/tasklist/default/");
        page.locator(".task-filter").first().waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return this;
    }

    /** "Start proces", then the process whose name matches, and waits for its start form. */
    public Form startProcess(Pattern name) {
        open();
        page.locator("a:has-text(\"Start proces\"), a:has-text(\"Start process\")")
                .first()
                .click();
        Locator dialog = page.locator(".modal-dialog");
        dialog.locator("ul.processes a")
                .filter(new Locator.FilterOptions().setHasText(name))
                .first()
                .click();
        Locator form = dialog.locator(".fjs-form");
        form.waitFor();
        return new Form(form, dialog.locator(".modal-footer button.btn-primary").last(), "/submit-form");
    }

    /** Opens the task (as the link on its card does), claims it if it is nobody's yet, and returns its form. */
    public Form task(String taskId) {
        page.navigate(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Locator task = page.locator("[cam-tasklist-task]");
        try {
            task.locator(".fjs-form").waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            // a change of the URL's fragment only, while Tasklist still settles after the previous action (a closing
            // start dialog, a list refresh), may leave the task unselected: load the task's address afresh
            // (waiting for the form itself: Tasklist's periodic list refresh may keep the network busy on a loaded
            // machine)
            page.reload();
            task.locator(".fjs-form").waitFor();
        }
        // Tasklist disables the form until the task is claimed; the claim link may render after the form
        if (task.locator(".disabled-form").count() > 0) {
            task.locator(".claim").click();
        }
        assertThat(task.locator(".disabled-form")).hasCount(0);
        return new Form(
                task.locator(".fjs-form"), task.locator("button.btn-primary").last(), "/submit-form");
    }

    /** A Camunda Form (form-js) in Tasklist, filled field by field by the fields' keys. */
    public final class Form {
        private final Locator form;
        private final Locator submit;
        private final String submitPath;

        Form(Locator form, Locator submit, String submitPath) {
            this.form = form;
            this.submit = submit;
            this.submitPath = submitPath;
        }

        private Locator field(String key) {
            return form.locator("[id$=\"-" + key + "\"]").first();
        }

        public boolean has(String key) {
            return field(key).count() > 0;
        }

        public String text(String key) {
            return field(key).inputValue();
        }

        public Form fill(String key, String value) {
            field(key).fill(value);
            // form-js takes a text field's value after a debounce, at once when the field loses focus
            field(key).blur();
            return this;
        }

        /** A form-js select: opens its list and picks the option with this label (or the first, for null). */
        public Form select(String key, String label) {
            form.locator("[id$=\"-" + key + "-display\"]").click();
            Locator options = form.locator(".fjs-dropdownlist-item");
            (label == null ? options.first() : options.getByText(label, new Locator.GetByTextOptions().setExact(true)))
                    .click();
            return this;
        }

        public Form radio(String key, int index) {
            form.locator("[id$=\"-" + key + "-" + index + "\"]").check();
            return this;
        }

        public Form check(String key) {
            field(key).check();
            return this;
        }

        public Form date(String key, LocalDate day) {
            Locator input = form.locator("[id$=\"-" + key + "-date\"]");
            input.fill(day.format(FORM_DATE));
            input.press("Enter");
            return this;
        }

        /** Completes the form ("Fuldfør" / "Start") and checks that the engine took it. */
        public void submit() {
            Response response = page.waitForResponse(
                    r -> r.url().contains(submitPath)
                            && "POST".equals(r.request().method()),
                    submit::click);
            if (response.status() >= 300) {
                throw new AssertionError("the form was refused: " + response.status() + " " + response.text());
            }
        }
    }
}
