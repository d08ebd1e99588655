// Search as you type for the participant field (R2.5, X6): names, usernames and pinyin initials
// ("zw" finds 张伟) through GET /api/v1/people-search. Without this script the field still works:
// names or usernames typed by hand, with the directory offered by the browser's datalist.
(function () {
  "use strict";
  var separators = /[、,，;；\n]/;

  function enhance(input) {
    var url = input.getAttribute("data-people-picker");
    var chosen = document.getElementById(input.id + "-chosen");
    var list = document.createElement("ul");
    var items = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    input.removeAttribute("list");
    list.id = input.id + "-options";
    list.className = "picker-options";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.insertBefore(list, input.nextSibling);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    function token() {
      var parts = input.value.split(separators);
      return parts[parts.length - 1].trim();
    }

    function close() {
      list.hidden = true;
      list.textContent = "";
      items = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function mark(index) {
      active = index;
      items.forEach(function (li, i) {
        li.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index >= 0) input.setAttribute("aria-activedescendant", items[index].id);
      else input.removeAttribute("aria-activedescendant");
    }

    function alreadyChosen(id) {
      return !!chosen.querySelector('input[value="' + id + '"]');
    }

    function choose(person) {
      if (!alreadyChosen(person.id)) {
        var li = document.createElement("li");
        var label = document.createElement("label");
        var box = document.createElement("input");
        label.className = "check";
        box.type = "checkbox";
        box.name = "personIds[]";
        box.value = person.id;
        box.checked = true;
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + person.displayName + " (" + person.username + ")"));
        li.appendChild(label);
        chosen.appendChild(li);
      }
      var parts = input.value.split(separators);
      parts.pop();
      input.value = parts.length ? parts.join("、") + "、" : "";
      close();
      input.focus();
    }

    function show(people) {
      list.textContent = "";
      items = [];
      active = -1;
      if (!people.length) {
        var none = document.createElement("li");
        none.className = "picker-none";
        none.textContent = input.getAttribute("data-none-label") || "";
        list.appendChild(none);
      }
      people.forEach(function (person, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.setAttribute("data-username", person.username);
        li.textContent = person.displayName + " (" + person.username + ")" + (person.position ? " · " + person.position : "");
        li.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(person);
        });
        list.appendChild(li);
        items.push(li);
        li.person = person;
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function search() {
      var q = token();
      if (!q) {
        close();
        return;
      }
      var ticket = ++asked;
      fetch(url + "?limit=8&q=" + encodeURIComponent(q), {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          return response.ok ? response.json() : [];
        })
        .then(function (people) {
          if (ticket === asked) show(people);
        })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(search, 120);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown" && items.length) {
        event.preventDefault();
        mark((active + 1) % items.length);
      } else if (event.key === "ArrowUp" && items.length) {
        event.preventDefault();
        mark((active - 1 + items.length) % items.length);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        choose(items[active].person);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", function () {
      setTimeout(close, 150);
    });
  }

  document.querySelectorAll("input[data-people-picker]").forEach(enhance);
})();
