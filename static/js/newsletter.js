// Newsletter sign-up without leaving the page. Without JavaScript the form is a
// plain POST: the server redirects back and shows the same message.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-newsletter]").forEach(function (form) {
      if (form.dataset.newsletterReady) return;
      form.dataset.newsletterReady = "1";
      var status = form.querySelector("[data-newsletter-status]");
      var button = form.querySelector("button[type=submit]");

      function show(text, ok) {
        status.textContent = text;
        status.className = "newsletter-form__status newsletter-form__status--" + (ok ? "ok" : "error");
      }
      function showErrors(errors) {
        form.querySelectorAll("[data-newsletter-error]").forEach(function (box) {
          var name = box.getAttribute("data-newsletter-error");
          var field = form.querySelector("[name='" + name + "']");
          box.textContent = (errors[name] || []).join(" ");
          if (field) {
            if (errors[name]) {
              field.setAttribute("aria-invalid", "true");
              field.setAttribute("aria-describedby", box.id);
            } else {
              field.removeAttribute("aria-invalid");
              field.removeAttribute("aria-describedby");
            }
          }
        });
      }

      form.addEventListener("submit", function (event) {
        event.preventDefault();
        button.disabled = true;
        fetch(form.action, {
          method: "POST",
          body: new FormData(form),
          headers: { Accept: "application/json" },
          credentials: "same-origin",
        })
          .then(function (response) {
            return response.json();
          })
          .then(function (data) {
            showErrors(data.errors || {});
            if (data.ok) {
              form.reset();
              show(data.message, true);
            } else if (data.message) {
              show(data.message, false);
            } else {
              status.textContent = "";
              status.className = "newsletter-form__status";
              var invalid = form.querySelector("[aria-invalid=true]");
              if (invalid) invalid.focus();
            }
          })
          .catch(function () {
            // The network failed: fall back to the plain form submission.
            form.submit();
          })
          .finally(function () {
            button.disabled = false;
          });
      });
    });
  });
})();
