// The marking page: a mark outside 0–maximum (or with more than two decimals) is refused in the browser,
// beside its field, and the batch is not sent while any mark is wrong. The words are the console's own
// (MarkEntry), so the judge reads the same message with or without this script.
(function () {
  'use strict';

  function problem(input) {
    var text = input.value.trim();
    if (text === '') {
      return input.validity.badInput ? '请输入数字 Enter a number' : '';
    }
    var value = Number(text);
    var max = Number(input.max);
    if (!isFinite(value)) {
      return '请输入数字 Enter a number';
    }
    if (value < 0 || value > max) {
      return '超出范围 0–' + input.max + ' Out of range 0–' + input.max;
    }
    if (!/^\d+(\.\d{1,2})?$/.test(text)) {
      return '最多两位小数 At most 2 decimals';
    }
    return '';
  }

  function check(input) {
    var message = problem(input);
    input.setCustomValidity(message);
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
    var cell = input.closest('td');
    if (cell) {
      cell.classList.toggle('invalid', message !== '');
    }
    var beside = document.getElementById(input.getAttribute('aria-describedby'));
    if (beside) {
      beside.textContent = message;
    }
    return message === '';
  }

  function summarise(form) {
    var wrong = 0;
    form.querySelectorAll('input[data-mark]').forEach(function (input) {
      if (!check(input)) {
        wrong++;
      }
    });
    var out = document.getElementById('marking-refused');
    if (out) {
      out.textContent = wrong ? wrong + ' 个分数有误，未发送 ' + wrong + ' mark(s) to fix: nothing was sent.' : '';
    }
    return wrong;
  }

  document.addEventListener('input', function (event) {
    if (event.target.matches('input[data-mark]')) {
      check(event.target);
      if (!document.getElementById('marking-refused').textContent) {
        return;
      }
      summarise(event.target.form);
    }
  });

  // The browser's own check stops the submit and fires "invalid" on each wrong field: say why beside it.
  document.addEventListener('invalid', function (event) {
    if (event.target.matches('input[data-mark]')) {
      summarise(event.target.form);
    }
  }, true);

  // Before htmx sends (a form submitted by script skips the browser's check): refuse while any mark is wrong.
  document.addEventListener('htmx:confirm', function (event) {
    var form = event.target.closest ? event.target.closest('form#marking') : null;
    if (form && summarise(form) > 0) {
      event.preventDefault();
    }
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('form#marking button[type=submit]') : null;
    if (button) {
      summarise(button.form);
    }
  });
})();
