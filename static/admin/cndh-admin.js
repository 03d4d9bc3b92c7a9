// Rich-text editors take the direction and language of the field they edit.
document.addEventListener("DOMContentLoaded", () => {
  const apply = () => {
    document.querySelectorAll("textarea[dir]").forEach((textarea) => {
      const wrapper = textarea.closest(".prose-editor") || textarea.parentElement;
      wrapper.querySelectorAll("[contenteditable]").forEach((editable) => {
        editable.setAttribute("dir", textarea.getAttribute("dir"));
        editable.setAttribute("lang", textarea.getAttribute("lang"));
      });
    });
  };
  apply();
  // The editor mounts after the page loads.
  setTimeout(apply, 500);
});
