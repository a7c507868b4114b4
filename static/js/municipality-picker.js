// The admin's municipality picker (regions.forms.MunicipalityPicker): typing in the
// filter box hides the municipalities whose name does not contain the text and opens
// the groups that still have some; clearing it shows everything again.
(function () {
  function setUp(picker) {
    const filter = picker.querySelector("[data-municipality-filter]");
    const found = picker.querySelector("[data-municipality-found]");
    const groups = Array.from(picker.querySelectorAll("[data-municipality-group]"));
    const initiallyOpen = new Map(groups.map((group) => [group, group.open]));
    filter.addEventListener("input", function () {
      const text = filter.value.trim().toLocaleLowerCase();
      let count = 0;
      groups.forEach(function (group) {
        let shown = 0;
        group.querySelectorAll("[data-municipality-option]").forEach(function (option) {
          const match = !text || option.textContent.toLocaleLowerCase().includes(text);
          option.hidden = !match;
          if (match) shown += 1;
        });
        group.hidden = shown === 0;
        if (group.tagName === "DETAILS") group.open = text ? shown > 0 : initiallyOpen.get(group);
        count += shown;
      });
      found.textContent = text ? found.dataset.template.replace("{count}", count) : "";
    });
    // Enter in the filter box would submit the whole editing form.
    filter.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault();
    });
  }
  document.querySelectorAll("[data-municipality-picker]").forEach(setUp);
})();
