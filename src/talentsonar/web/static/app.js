// Talent Sonar pages: the little behaviour htmx does not give (no inline scripts: CSP).
(function () {
  "use strict";

  function csrf() { return document.body.getAttribute("data-csrf") || ""; }

  // Upload: drop files on the zone; they go into the form's file input and are sent.
  function initDropzones(root) {
    root.querySelectorAll("[data-dropzone]").forEach(function (zone) {
      if (zone.dataset.ready) return;
      zone.dataset.ready = "1";
      var form = zone.closest("form");
      var input = zone.querySelector("input[type=file]");
      ["dragenter", "dragover"].forEach(function (type) {
        zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add("over"); });
      });
      ["dragleave", "drop"].forEach(function (type) {
        zone.addEventListener(type, function () { zone.classList.remove("over"); });
      });
      zone.addEventListener("drop", function (e) {
        e.preventDefault();
        if (!e.dataTransfer || !e.dataTransfer.files.length) return;
        input.files = e.dataTransfer.files;
        if (window.htmx) { htmx.trigger(form, "submit"); }
      });
    });
  }

  // Pipeline board: drag a card to a column. Moving to a stage that needs a reason
  // (rejected) opens the dialog; otherwise the card's own keyboard form is submitted.
  function initBoards(root) {
    root.querySelectorAll("[data-board]").forEach(function (board) {
      if (board.dataset.ready) return;
      board.dataset.ready = "1";
      var dragged = null;
      board.addEventListener("dragstart", function (e) {
        var card = e.target.closest("[data-card]");
        if (!card) return;
        dragged = card;
        e.dataTransfer.effectAllowed = "move";
        e.dataTransfer.setData("text/plain", card.id);
      });
      board.addEventListener("dragover", function (e) {
        var column = e.target.closest("[data-stage]");
        if (!column || !dragged) return;
        e.preventDefault();
        column.classList.add("over");
      });
      board.addEventListener("dragleave", function (e) {
        var column = e.target.closest("[data-stage]");
        if (column) column.classList.remove("over");
      });
      board.addEventListener("drop", function (e) {
        var column = e.target.closest("[data-stage]");
        if (!column || !dragged) return;
        e.preventDefault();
        column.classList.remove("over");
        var form = dragged.querySelector("form[data-move]");
        var stage = column.getAttribute("data-stage");
        dragged = null;
        if (!form || form.elements.stage.value === stage && column.contains(form)) return;
        form.elements.stage.value = stage;
        submitMove(form);
      });
      board.addEventListener("submit", function (e) {
        var form = e.target.closest("form[data-move]");
        if (!form || !needsReason(form)) return;
        e.preventDefault();
        submitMove(form);
      });
    });
  }

  function needsReason(form) {
    var stage = form.elements.stage.value;
    return (form.getAttribute("data-reason-stages") || "").split(",").indexOf(stage) >= 0;
  }

  // A move: a plain form post (the server answers with the board again); to a rejected
  // stage, the dialog asks for the reason first.
  function submitMove(form) {
    var stage = form.elements.stage.value;
    var dialog = document.getElementById("reason-dialog");
    if (needsReason(form) && dialog) {
      dialog.querySelector("[name=application_id]").value = form.getAttribute("data-application");
      dialog.querySelector("[name=stage]").value = stage;
      dialog.showModal();
      return;
    }
    form.submit();
  }

  // Bulk actions: the count of cards ticked, "select all" per column, and a template
  // choice that fills the e-mail's subject and message (the form works without this).
  function initBulk(root) {
    root.querySelectorAll("form[data-bulk]").forEach(function (form) {
      if (form.dataset.ready) return;
      form.dataset.ready = "1";
      var count = document.getElementById("bulk-count");
      function picks() { return document.querySelectorAll("input[data-pick]"); }
      function update() {
        var n = 0;
        picks().forEach(function (box) {
          if (box.checked) n += 1;
          var card = box.closest("[data-card]");
          if (card) card.classList.toggle("picked", box.checked);
        });
        count.textContent = n ? n + " selected" : "None selected: tick the box on each card.";
        document.querySelectorAll("input[data-pick-column]").forEach(function (all) {
          var boxes = all.closest("[data-stage]").querySelectorAll("input[data-pick]");
          var on = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
          all.checked = on > 0 && on === boxes.length;
          all.indeterminate = on > 0 && on < boxes.length;
        });
      }
      document.querySelectorAll("input[data-pick-column]").forEach(function (all) {
        all.closest("label").hidden = false;
        all.addEventListener("change", function () {
          all.closest("[data-stage]").querySelectorAll("input[data-pick]").forEach(function (box) {
            box.checked = all.checked;
          });
          update();
        });
      });
      document.addEventListener("change", function (e) {
        if (e.target.matches && e.target.matches("input[data-pick]")) update();
      });
      var choice = form.querySelector("select[data-email-template]");
      if (choice) {
        choice.addEventListener("change", function () {
          var option = choice.options[choice.selectedIndex];
          form.elements.subject.value = option.getAttribute("data-subject") || "";
          form.elements.body.value = option.getAttribute("data-body") || "";
        });
      }
      update();
    });
  }

  function init(root) { initDropzones(root); initBoards(root); initBulk(root); }

  document.addEventListener("DOMContentLoaded", function () {
    init(document);
    document.body.addEventListener("htmx:afterSettle", function (e) { init(e.target); });
    document.body.addEventListener("click", function (e) {
      var closer = e.target.closest("[data-close-dialog]");
      if (closer) { closer.closest("dialog").close(); }
    });
    document.body.addEventListener("htmx:afterRequest", function (e) {
      var dialog = e.target.closest && e.target.closest("dialog");
      if (dialog && e.detail.successful) dialog.close();
    });
  });
  window.talentsonar = { csrf: csrf };
})();
