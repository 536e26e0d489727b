// Generates ../cheerio.json from cheerio@0.22.0:
//   npm install --prefix /tmp/x cheerio@0.22.0
//   NODE_PATH=/tmp/x/node_modules node cheerio.js > ../cheerio.json
'use strict';
var run = require('./run');
var cheerio = require('cheerio');
var doc = '<!DOCTYPE html><html><head><title>T &amp; t</title><meta name="csrf" content="tok123"></head><body>' +
  '<div id="main" class="box big"><h1>Hello <b>World</b></h1><p class="intro">First &lt;para&gt; é</p><p>Second</p>' +
  '<ul class="list"><li data-id="1" data-flag="true">One</li><li class="sel" data-id="2">Two</li><li>Three<br>x</li></ul>' +
  '<a href="https://example.com/x?a=1&amp;b=2" target=_blank>Link</a><input name="q" value="search"><!-- note -->' +
  '<form><input type="text" name="a" value="1"><input type="checkbox" name="c" value="on" checked><select name="s"><option value="x">X</option><option value="y" selected>Y</option></select></form>' +
  '<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table></div><script>var x = "<b>";</script></body></html>';
var L = 'lib.load(' + JSON.stringify(doc) + ')';
function c(expr) { return '(function(){ var $ = ' + L + '; return ' + expr + '; })()'; }
var cases = [
  c('$("title").text()'), c('$("h1").text()'), c('$("h1").html()'), c('$("p").length'), c('$("p.intro").text()'), c('$("#main").attr("class")'), c('$("li").eq(1).text()'),
  c('$("li").first().text()'), c('$("li").last().text()'), c('$("ul li").map(function (i, el) { return $(el).text(); }).get()'), c('$("ul > li.sel").text()'), c('$("li[data-id=2]").text()'),
  c('$("a").attr("href")'), c('$("a").attr("target")'), c('$("meta[name=csrf]").attr("content")'), c('$("input[name=q]").val()'), c('$("li").eq(0).data()'), c('$("li").eq(0).data("id")'),
  c('$("#main").find("b").text()'), c('$(".box h1 b").length'), c('$("div p").eq(1).text()'), c('$("li").filter(".sel").length'), c('$("li").not(".sel").length'), c('$("li.sel").next().text()'),
  c('$("li.sel").prev().text()'), c('$("li.sel").siblings().length'), c('$("li.sel").parent().attr("class")'), c('$("b").parents().length'), c('$("b").closest("div").attr("id")'), c('$("li").index($("li.sel"))'),
  c('$("li.sel").index()'), c('$("ul").children().length'), c('$("td").map(function () { return $(this).text(); }).get().join(",")'), c('$("tr").eq(1).find("td").last().text()'),
  c('$("h1, p").length'), c('$("li:first-child").text()'), c('$("li:last-child").text()'), c('$("li:nth-child(2)").text()'), c('$("li:contains(Thr)").length'), c('$("p").hasClass("intro")'),
  c('$("script").html()'), c('$("p.intro").html()'), c('$("ul").html()'), c('$.html("li.sel")'), c('(function(){ var r = []; $("li").each(function (i, el) { r.push(i + ":" + $(this).text()); }); return r; })()'),
  c('$("form").serializeArray()'), c('$("select").val()'), c('$("li").is(".sel")'), c('$("nothing").length'), c('$("nothing").text()'), c('$("nothing").attr("x")'),
  c('(function(){ $("li.sel").addClass("x y").removeClass("sel"); return $("ul").html(); })()'), c('(function(){ $("p").first().text("new <text>"); return $("p").first().html(); })()'),
  c('(function(){ $("ul").append("<li>Four</li>"); return $("li").length; })()'), c('(function(){ $("li").eq(0).remove(); return $("ul").text(); })()'), c('(function(){ $("a").attr("href", "/y"); return $.html("a"); })()'),
  c('$("input[type=checkbox]").attr("checked")'), c('$("td:nth-child(odd)").length'), c('$("[data-id]").length'), c('$("a[href^=https]").length'), c('$("a[href*=example]").length'), c('$("li + li").length'), c('$("h1 ~ p").length'),
  'lib.load("<p>a</p><p>b</p>")("p").text()', 'lib.load("<div><span>x</span></div>").html()', 'lib.load("plain text").text()', 'lib.load("<p>unclosed <b>bold</p>after")("p").html()', 'lib.load("<ul><li>a<li>b</ul>")("li").length'
];
run('cheerio@0.22.0', cheerio, cases);
