/**
 * A strict reader of iCalendar text (RFC 5545), for tests: it fails on anything a lenient parser would
 * forgive — a line end other than CRLF, a physical line over 75 octets, a continuation without its
 * space, unbalanced BEGIN/END, an unknown escape — and turns local times with a TZID into UTC instants
 * using the VTIMEZONE rules in the file itself (yearly, BYMONTH and BYDAY=-1SU, as Europe/Berlin has).
 */
export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

export function readICalendar(text: string): Component {
  if (!text.endsWith('\r\n')) throw new Error('the text does not end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    if (/[\r\n]/.test(line)) throw new Error(`a bare CR or LF in ${JSON.stringify(line)}`);
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`line longer than 75 octets: ${line}`);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (logical.length === 0) throw new Error('a continuation line first');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  const root: Component = { name: '', properties: [], components: [] };
  const stack: Component[] = [root];
  for (const line of logical) {
    const property = parseLine(line);
    const top = stack[stack.length - 1];
    if (property.name === 'BEGIN') {
      const component = { name: property.value, properties: [], components: [] };
      top.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      if (top.name !== property.value) throw new Error(`END:${property.value} closes ${top.name}`);
      stack.pop();
    } else top.properties.push(property);
  }
  if (stack.length !== 1 || root.components.length !== 1) throw new Error('unbalanced components');
  return root.components[0];
}

function parseLine(line: string): Property {
  const colon = indexOutsideQuotes(line, ':');
  if (colon < 0) throw new Error(`no colon in ${line}`);
  const [name, ...rawParams] = line.slice(0, colon).split(';');
  if (!/^[A-Z][A-Z0-9-]*$/.test(name)) throw new Error(`bad property name ${name}`);
  const params = Object.fromEntries(
    rawParams.map((param) => {
      const [key, value] = param.split('=');
      if (!key || value === undefined) throw new Error(`bad parameter ${param}`);
      return [key, value];
    }),
  );
  return { name, params, value: line.slice(colon + 1) };
}

function indexOutsideQuotes(line: string, char: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === char && !quoted) return i;
  }
  return -1;
}

/** A TEXT value back to its text; an unknown escape or a bare comma or semicolon is an error. */
export function unescapeText(value: string): string {
  let text = '';
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i];
    if (char === ',' || char === ';') throw new Error(`unescaped ${char} in ${value}`);
    if (char !== '\\') {
      text += char;
      continue;
    }
    const next = value[(i += 1)];
    if (next === 'n' || next === 'N') text += '\n';
    else if (next === '\\' || next === ';' || next === ',') text += next;
    else throw new Error(`unknown escape \\${next} in ${value}`);
  }
  return text;
}

export function prop(component: Component, name: string): Property {
  const found = component.properties.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`${component.name} has ${found.length} ${name}`);
  return found[0];
}

const offsetMinutes = (value: string) => {
  const sign = value.startsWith('-') ? -1 : 1;
  return sign * (Number(value.slice(1, 3)) * 60 + Number(value.slice(3, 5)));
};

/** The last Sunday of a month at the rule's hour, as local wall time in minutes since the epoch (UTC-like). */
function lastSunday(year: number, month: number, hour: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return Date.UTC(year, month - 1, last.getUTCDate(), hour) / 60_000;
}

/** A local DATE-TIME of the zone defined in `calendar` as an ISO instant in UTC. */
export function toUtc(calendar: Component, tzid: string, local: string): string {
  const zone = calendar.components.find((c) => c.name === 'VTIMEZONE' && prop(c, 'TZID').value === tzid);
  if (!zone) throw new Error(`no VTIMEZONE ${tzid}`);
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(local);
  if (!match) throw new Error(`not a local DATE-TIME: ${local}`);
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute) / 60_000;
  // Each observance starts at its rule's day of this year (wall time of the offset before it).
  const observances = zone.components.map((observance) => {
    const rule = Object.fromEntries(
      prop(observance, 'RRULE')
        .value.split(';')
        .map((part) => part.split('=')),
    );
    if (rule.FREQ !== 'YEARLY' || rule.BYDAY !== '-1SU')
      throw new Error(`unsupported RRULE ${JSON.stringify(rule)}`);
    const startHour = Number(prop(observance, 'DTSTART').value.slice(9, 11));
    return {
      start: lastSunday(year, Number(rule.BYMONTH), startHour),
      to: offsetMinutes(prop(observance, 'TZOFFSETTO').value),
    };
  });
  const inEffect =
    observances.filter((o) => o.start <= wall).sort((a, b) => b.start - a.start)[0] ??
    observances.sort((a, b) => b.start - a.start)[0];
  return new Date((wall - inEffect.to) * 60_000).toISOString();
}
