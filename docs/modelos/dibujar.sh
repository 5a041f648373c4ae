#!/usr/bin/env bash
# Dibuja docs/modelos/<proceso>.png a partir de cada bpmn/*.bpmn con bpmn-js en Chromium sin ventana.
# Uso (desde la raíz del proyecto): docs/modelos/dibujar.sh [bpmn/archivo.bpmn ...]
# Necesita node/npm y Chromium (variable CHROMIUM, si no está en el PATH). Instala bpmn-js y
# playwright-core en una carpeta temporal que borra al terminar: nada queda en el repositorio.
set -euo pipefail
raiz="$(pwd)"
[ -d "$raiz/bpmn" ] || { echo "dibujar.sh: ejecútelo desde la raíz del proyecto (falta bpmn/)" >&2; exit 2; }
navegador="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -x "$navegador" ] || { echo "dibujar.sh: no se encontró Chromium; indíquelo en CHROMIUM" >&2; exit 2; }
archivos=("$@")
[ ${#archivos[@]} -gt 0 ] || archivos=(bpmn/*.bpmn)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund bpmn-js@18 playwright-core@1 >/dev/null)
cat > "$tmp/dibujar.mjs" <<'JS'
// Abre cada modelo en el visor de bpmn-js, lo recorta al diagrama y guarda un PNG de fondo blanco.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
const [navegador, carpeta, destino, ...modelos] = process.argv.slice(2);
const activos = join(carpeta, 'node_modules/bpmn-js/dist');
const browser = await chromium.launch({ executablePath: navegador,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
for (const modelo of modelos) {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.setContent('<html><body style="margin:0;background:#fff"><div id="lienzo" style="width:800px;height:600px"></div></body></html>');
  for (const css of ['diagram-js.css', 'bpmn-js.css']) await page.addStyleTag({ path: join(activos, 'assets', css) });
  await page.addScriptTag({ path: join(activos, 'bpmn-viewer.production.min.js') });
  const { svg, ancho, alto } = await page.evaluate(async (xml) => {
    const visor = new BpmnJS({ container: '#lienzo' });
    await visor.importXML(xml);
    const { svg } = await visor.saveSVG();
    const caja = visor.get('canvas').viewbox().inner;
    return { svg, ancho: caja.width, alto: caja.height };
  }, readFileSync(modelo, 'utf8'));
  // Los diagramas pequeños se amplían hasta ~2000 px de ancho (como mucho al doble); los grandes quedan 1:1.
  const escala = Math.min(2, Math.max(1, 2000 / ancho));
  const margen = 20;
  const w = Math.ceil(ancho * escala) + 2 * margen, h = Math.ceil(alto * escala) + 2 * margen;
  await page.setViewportSize({ width: w, height: h });
  await page.setContent(`<html><body style="margin:0;background:#fff"><div style="padding:${margen}px">${svg}</div></body></html>`);
  await page.evaluate(([w, h]) => {
    const s = document.querySelector('svg');
    s.setAttribute('width', w); s.setAttribute('height', h);
  }, [w - 2 * margen, h - 2 * margen]);
  const salida = join(destino, basename(modelo).replace(/\.bpmn$/, '.png'));
  await page.screenshot({ path: salida, clip: { x: 0, y: 0, width: w, height: h } });
  console.log(`docs/modelos/${basename(salida)} ${w}x${h}`);
  await page.close();
}
await browser.close();
JS
abs=()
for f in "${archivos[@]}"; do abs+=("$raiz/$f"); done
node "$tmp/dibujar.mjs" "$navegador" "$tmp" "$raiz/docs/modelos" "${abs[@]}"
