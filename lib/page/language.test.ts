import { describe, expect, it } from 'vitest';
import { languageOfTag, languageOfText, pageLanguage } from './language';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the page language', () => {
  it('reads <html lang> first', () => {
    expect(languageOfTag('es-MX')).toBe('es');
    expect(languageOfTag('EN_gb')).toBe('en');
    expect(languageOfTag('de')).toBeNull();
    expect(pageLanguage(page('<html lang="es"><title>Hernia de disco</title><body><p>Hola</p></body></html>'))).toBe('es');
    expect(pageLanguage(page('<html lang="en-GB"><title>Back pain</title><body><p>The pain</p></body></html>'))).toBe('en');
  });

  it('reads the text where lang is missing, in Spain and Latin America, with or without accents', () => {
    const noLang = page(
      '<html><head><title>Hernia discal: preguntas frecuentes</title></head><body><p>La hernia de disco es una de las causas más comunes del dolor de espalda. Se trata con ejercicio y analgésicos.</p></body></html>',
    );
    expect(pageLanguage(noLang)).toBe('es');
    expect(languageOfText('ya probe de todo y la ciatica no se quita con nada para el dolor')).toBe('es');
    expect(languageOfText('I had an epidural for the pain in my back and it was fine')).toBe('en');
  });

  it('trusts the text over an English lang when the title reads as Spanish (English site templates)', () => {
    const template = page(
      '<html lang="en"><head><title>Qué es la ciática y cómo se trata</title></head><body><p>La ciática es un dolor que baja por la pierna. El médico puede recetar ejercicios.</p></body></html>',
    );
    expect(pageLanguage(template)).toBe('es');
  });

  it('says English when nothing tells, and other languages keep the English names', () => {
    expect(pageLanguage(page('<html><body><p>12 34</p></body></html>'))).toBe('en');
    expect(pageLanguage(page('<html lang="fr"><title>Le mal de dos</title><body><p>Le dos</p></body></html>'))).toBe('en');
  });

  it('leaves out scripts and styles when it reads the text', () => {
    const withScript = page(
      '<html><head><title>x</title></head><body><script>var the = and; of to is in that for</script><p>El dolor de espalda y la ciática son comunes en la población de más edad.</p></body></html>',
    );
    expect(pageLanguage(withScript)).toBe('es');
  });
});
