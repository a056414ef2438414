# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/tutorials/franceconnect.ftl).
# Draft: to be reviewed by a native speaker.
# Passo a passo: entrar com o FranceConnect. Uma frase por linha.

franceconnect-title = Entrar com o FranceConnect

franceconnect-1-title = Uma só conta para muitos sites
franceconnect-1-text =
    O FranceConnect é um serviço do Estado francês.
    Permite-lhe entrar em muitos sites públicos.
    Usa uma conta que já tem.
    Por exemplo, a sua conta dos impostos ou a sua conta ameli.
    Assim, não precisa de decorar uma nova palavra-passe.
franceconnect-1-image = Uma chave.
franceconnect-1-tip = Uma conta é a sua área pessoal num site, protegida por uma palavra-passe.

franceconnect-2-title = Encontrar o botão FranceConnect
franceconnect-2-text =
    Vá ao site do serviço público.
    Por exemplo, o site dos impostos ou da France Travail.
    Procure o botão «S'identifier avec FranceConnect» (entrar com o FranceConnect).
    Toque nesse botão.
franceconnect-2-image =
    A página de entrada de um site público.
    O botão FranceConnect está marcado com um círculo.
franceconnect-2-tip =
    Alguns sites pedem o FranceConnect+, uma versão mais segura.
    Nesse caso, precisa da France Identité ou da Identité Numérique La Poste.

franceconnect-3-title = Escolher uma conta que já tem
franceconnect-3-text =
    O FranceConnect mostra-lhe uma lista de contas.
    Por exemplo, os impostos, o ameli, a France Identité ou a Identité Numérique La Poste.
    Escolha uma conta de que saiba a palavra-passe.
    Toque nessa conta.
franceconnect-3-image = Uma lista com vistos.
franceconnect-3-tip =
    Escolha sempre a mesma conta.
    É mais fácil de lembrar.

franceconnect-4-title = Escrever o seu identificador e a sua palavra-passe
franceconnect-4-text =
    Abre-se o site da conta escolhida.
    Escreva o seu identificador e a sua palavra-passe.
    O identificador é o número ou o nome que diz quem é.
    O site também pode pedir-lhe um código secreto recebido por e-mail.
    Toque no botão para entrar.
franceconnect-4-image = Estrelas escondem uma palavra-passe.
franceconnect-4-caution = Nunca dê a sua palavra-passe por telefone, por mensagem ou por e-mail.

franceconnect-5-title = Experimentar com uma conta falsa
franceconnect-5-text =
    Aqui, pratica com uma conta falsa.
    O ecrã mostra-lhe um identificador falso e uma palavra-passe falsa.
    Copie-os para as caixas.
    Toque no olho para ver ou esconder a palavra-passe.
    O terminal não envia nada e não guarda nada.
franceconnect-5-image = Um olho.

franceconnect-6-title = Muito bem!
franceconnect-6-text =
    Depois, volta ao site do serviço público, que já sabe quem é.
    Pode tratar do seu assunto.
    Lembre-se: o botão FranceConnect, depois uma conta que já tem.
    Para ter ajuda, há um número de telefone e há locais.
franceconnect-6-image = Uma mão com o polegar para cima.
franceconnect-6-tip = Num computador partilhado, saia da sua conta no fim do seu assunto.
franceconnect-6-caution = Nunca pague para usar o FranceConnect.

franceconnect-road-phone =
    Por telefone, ligue para a Solidarité Numérique, no 01 70 772 372.
    Pessoas com formação dão ajuda nos seus assuntos na internet.
    Está aberto de segunda a sexta-feira, das 9 às 18 horas.
franceconnect-road-in-person =
    Pessoalmente, um espaço France Services dá-lhe ajuda para entrar.
    Esta ajuda é gratuita.
