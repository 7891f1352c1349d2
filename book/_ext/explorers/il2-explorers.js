/* The book's explorers on the static page: controls that look up what il2lib computed.
 *
 * Each <div class="il2-explorer" data-explorer="NAME"> (the text/html of the explorer's output)
 * becomes its controls, a readout and a figure drawn with uPlot. The numbers are il2lib's: the
 * build ran the explorer's model on every point of its control grid
 * (il2lib/explorers/static.py) and wrote explorers/NAME.json and NAME.bin next to this script;
 * a control change only looks the result up and redraws. No model code lives here.
 */
(function () {
  "use strict";
  const BASE = new URL("explorers/", document.currentScript.src);
  const MISSING = 65535;
  const ARRAYS = { uint16: Uint16Array, uint32: Uint32Array, float32: Float32Array };
  let counter = 0;

  function decode(buffer, chunk) {
    return new ARRAYS[chunk.dtype](buffer, chunk.offset, chunk.length);
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");
  }

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    node.append(...children);
    return node;
  }

  // Colours: black lines (the book's "other" colour) follow the page's text colour, so they read
  // in dark mode too; faint series are drawn at a third of their opacity.
  function colourOf(series, theme) {
    const hex = series.colour === "#000000" ? theme.text : series.colour;
    if (!series.faint) return hex;
    const m = /^#(..)(..)(..)$/.exec(hex);
    return m ? `rgba(${parseInt(m[1], 16)},${parseInt(m[2], 16)},${parseInt(m[3], 16)},0.35)` : hex;
  }

  function readTheme(root) {
    const style = getComputedStyle(root);
    return { text: style.color, grid: "rgba(128,128,128,0.25)",
             background: style.getPropertyValue("--pst-color-background").trim() || "#fff" };
  }

  function lineDecoder(buffer, series, length) {
    const table = decode(buffer, series.data);
    const index = decode(buffer, series.index);
    const [lo, hi] = series.data.range;
    const cache = new Map();
    return (flat) => {
      const row = index[flat];
      if (!cache.has(row)) {
        const out = new Array(length);
        for (let i = 0; i < length; i++) {
          const code = table[row * length + i];
          const t = lo + (code / (MISSING - 1)) * (hi - lo);
          out[i] = code === MISSING ? null : series.data.log ? Math.pow(10, t) : t;
        }
        cache.set(row, out);
      }
      return cache.get(row);
    };
  }

  // Log axes: a tick at every power of ten (or every other one when there are many).
  function decades(u, axisIdx, min, max) {
    const lo = Math.ceil(Math.log10(min) - 1e-9), hi = Math.floor(Math.log10(max) + 1e-9);
    const step = hi - lo > 8 ? 2 : 1;
    const out = [];
    for (let e = lo; e <= hi; e += step) out.push(Math.pow(10, e));
    return out;
  }

  function control(spec, id, onChange) {
    const wrap = element("div", { class: "il2-explorer-control" });
    let input;
    if (spec.kind === "select") {
      input = element("select", { id });
      spec.labels.forEach((label, i) => input.append(element("option", { value: i }, label)));
      wrap.append(element("label", { for: id }, spec.label), input);
      input.addEventListener("change", () => onChange(Number(input.value)));
      return { node: wrap, set: (i) => { input.value = i; } };
    }
    if (spec.kind === "toggle") {
      const group = element("fieldset", { id });
      group.append(element("legend", {}, spec.label));
      const radios = spec.labels.map((label, i) => {
        const radio = element("input", { type: "radio", name: id, value: i, id: `${id}-${i}` });
        radio.addEventListener("change", () => radio.checked && onChange(i));
        group.append(element("label", { for: `${id}-${i}` }, radio, label));
        return radio;
      });
      wrap.append(group);
      return { node: wrap, set: (i) => { radios[i].checked = true; } };
    }
    if (spec.kind === "checkbox") {
      input = element("input", { type: "checkbox", id });
      wrap.append(element("label", { for: id }, input, spec.label));
      input.addEventListener("change", () => onChange(input.checked ? 1 : 0));
      return { node: wrap, set: (i) => { input.checked = i === 1; } };
    }
    // log, slider, steps: a range over the grid's indices, showing the value
    input = element("input", { type: "range", id, min: 0, max: spec.labels.length - 1, step: 1 });
    const shown = element("output", { for: id });
    wrap.append(element("label", { for: id }, spec.label), input, shown);
    const show = (i) => {
      shown.textContent = spec.labels[i];
      input.setAttribute("aria-valuetext", spec.labels[i]);
    };
    input.addEventListener("input", () => { show(Number(input.value)); onChange(Number(input.value)); });
    return { node: wrap, set: (i) => { input.value = i; show(i); } };
  }

  function build(root, meta, buffer) {
    const n = ++counter;
    const state = meta.controls.map((c) => c.initial);
    const strides = meta.shape.map((_, k) => meta.shape.slice(k + 1).reduce((a, b) => a * b, 1));
    const keys = Object.keys(meta.texts.strings);
    const textIndex = Object.fromEntries(keys.map((k) => [k, decode(buffer, meta.texts.index[k])]));
    let values = {};
    let theme = readTheme(root);
    let started = 0;
    let pending = 0;

    const form = element("form", { class: "il2-explorer-controls", "aria-label": meta.title });
    form.addEventListener("submit", (event) => event.preventDefault());
    const setters = {};
    if (meta.preset) {
      const id = `il2x${n}-preset`;
      const names = Object.keys(meta.preset.choices);
      const select = element("select", { id });
      names.forEach((name) => select.append(element("option", { value: name }, name)));
      select.value = meta.preset.initial;
      select.addEventListener("change", () => {
        for (const [name, i] of Object.entries(meta.preset.choices[select.value])) {
          const k = meta.controls.findIndex((c) => c.name === name);
          state[k] = i;
          setters[name](i);
        }
        update();
      });
      form.append(element("div", { class: "il2-explorer-control il2-explorer-preset" },
                          element("label", { for: id }, meta.preset.label), select));
    }
    meta.controls.forEach((spec, k) => {
      const c = control(spec, `il2x${n}-${spec.name}`, (i) => { state[k] = i; update(); });
      c.set(state[k]);
      setters[spec.name] = c.set;
      form.append(c.node);
    });

    const readout = element("p", { class: "il2-explorer-readout", "aria-live": "polite" });
    const figure = element("div", { class: "il2-explorer-figure", role: "img" });
    const legend = element("ul", { class: "il2-explorer-legend" });
    const seen = new Set();
    meta.panels.forEach((panel) => panel.series.forEach((s) => {
      if (s.kind === "point" || seen.has(s.label)) return;
      seen.add(s.label);
      const swatch = element("span", { class: "il2-explorer-swatch", "aria-hidden": "true" });
      swatch.style.borderTopColor = colourOf(s, theme);
      swatch.style.borderTopStyle = s.dash ? "dashed" : "solid";
      legend.append(element("li", {}, swatch, s.label));
    }));

    const width = Math.max(260, Math.min(720, (root.clientWidth || 700) / meta.panels.length - 8));
    const charts = meta.panels.map((panel) => {
      const x = Array.from(decode(buffer, panel.x));
      const lines = panel.series.filter((s) => s.kind === "line");
      const marks = panel.series.filter((s) => s.kind !== "line");
      const rows = lines.map((s) => lineDecoder(buffer, s, x.length));
      const markData = marks.map((s) => decode(buffer, s.data));
      const holder = element("div", { class: "il2-explorer-panel" });
      if (panel.title) holder.append(element("p", { class: "il2-explorer-panel-title" }, panel.title));
      figure.append(holder);
      const axis = (label, log) => ({
        label, labelFont: "bold 12px sans-serif", font: "11px sans-serif", labelSize: 22,
        stroke: () => theme.text, grid: { stroke: () => theme.grid, width: 1 },
        ticks: { stroke: () => theme.grid, width: 1 }, ...(log ? { splits: decades } : {}),
      });
      const drawMarks = (u) => {
        const flat = flatIndex();
        const ctx = u.ctx;
        const { left, top, width: w, height: h } = u.bbox;
        ctx.save();
        ctx.beginPath();
        ctx.rect(left, top, w, h);
        ctx.clip();
        marks.forEach((s, j) => {
          ctx.strokeStyle = ctx.fillStyle = colourOf(s, theme);
          if (s.kind === "hline") {
            const y = u.valToPos(markData[j][flat], "y", true);
            ctx.lineWidth = s.width * devicePixelRatio;
            ctx.setLineDash([2 * devicePixelRatio, 3 * devicePixelRatio]);
            ctx.beginPath();
            ctx.moveTo(left, y);
            ctx.lineTo(left + w, y);
            ctx.stroke();
          } else {
            const px = u.valToPos(markData[j][2 * flat], "x", true);
            const py = u.valToPos(markData[j][2 * flat + 1], "y", true);
            ctx.setLineDash([]);
            ctx.beginPath();
            ctx.arc(px, py, 5 * devicePixelRatio, 0, 2 * Math.PI);
            ctx.fill();
            ctx.lineWidth = 1.5 * devicePixelRatio;
            ctx.strokeStyle = theme.background;
            ctx.stroke();
          }
        });
        ctx.restore();
        if (started && --pending === 0) {
          root.dataset.updateMs = (performance.now() - started).toFixed(2);
          root.dispatchEvent(new CustomEvent("il2-explorer-drawn"));
        }
      };
      const chart = new uPlot({
        width, height: 260, legend: { show: false }, cursor: { show: false },
        scales: {
          x: { time: false, distr: panel.x_log ? 3 : 1, log: 10, range: () => panel.x_limits },
          y: { distr: panel.y_log ? 3 : 1, log: 10, range: () => panel.y_limits },
        },
        axes: [axis(panel.x_label, panel.x_log), axis(panel.y_label, panel.y_log)],
        series: [{}, ...lines.map((s) => ({
          label: s.label, stroke: () => colourOf(s, theme), width: s.width,
          dash: s.dash ? [6, 4] : undefined, points: { show: false },
        }))],
        hooks: { draw: [drawMarks] },
      }, [x, ...lines.map(() => x.map(() => null))], holder);
      return { chart, panel, x, rows };
    });

    function flatIndex() {
      return state.reduce((sum, i, k) => sum + i * strides[k], 0);
    }

    function update() {
      started = performance.now();
      pending = charts.length;
      const flat = flatIndex();
      values = Object.fromEntries(keys.map((k) => [k, meta.texts.strings[k][textIndex[k][flat]]]));
      readout.innerHTML = fill(meta.texts.readout, values);
      figure.setAttribute("aria-label", fill(meta.texts.alt, values));
      root.dataset.state = state.join(",");
      for (const { chart, panel, x, rows } of charts) {
        const label = fill(panel.x_label, values);
        if (chart.axes[0].label !== label) chart.axes[0].label = label;
        chart.setData([x, ...rows.map((row) => row(flat))]);
      }
    }

    root.replaceChildren(form, readout, figure, legend);
    if (meta.note) root.append(element("p", { class: "il2-explorer-note" }, meta.note));
    // Redraw in the new colours when the reader switches between light and dark.
    new MutationObserver(() => {
      theme = readTheme(root);
      charts.forEach(({ chart }) => chart.redraw(false, true));
    }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    update();
    root.dataset.ready = "true";
  }

  async function start(root) {
    const name = root.dataset.explorer;
    try {
      const [meta, buffer] = await Promise.all([
        fetch(new URL(`${name}.json`, BASE)).then((r) => r.json()),
        fetch(new URL(`${name}.bin`, BASE)).then((r) => r.arrayBuffer()),
      ]);
      build(root, meta, buffer);
    } catch (error) {
      root.textContent = `The ${name} explorer could not load its data (${error.message}).`;
      throw error;
    }
  }

  function startAll() {
    document.querySelectorAll(".il2-explorer[data-explorer]").forEach(start);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startAll);
  else startAll();
})();
